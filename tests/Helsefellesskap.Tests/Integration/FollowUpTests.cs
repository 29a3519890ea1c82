using System.Globalization;
using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Helsefellesskap.Tests.Integration;

/// <summary>Follow-up of decisions: tasks from conclusion points, the list, suggestions, reminders, and the member view.</summary>
public abstract class FollowUpTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private static readonly DateOnly Today = OsloTime.Today(TimeProvider.System);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<TestClient> AdministratorAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    private Task<FollowUpData> DataAsync() => FollowUpData.ForAsync(factory, Vestfold);

    [Fact]
    public async Task A_task_made_from_a_conclusion_point_keeps_its_source_and_point()
    {
        var data = await DataAsync();
        var body = await data.BodyAsync();
        var meeting = await data.MeetingAsync(body, Today.AddDays(-7));
        var item = await data.ItemAsync(meeting, $"1. Første punkt {data.Suffix}\n2. Sekretariatet utreder saken {data.Suffix}");
        var client = await AdministratorAsync();
        var url = $"/{Vestfold}/oppfolging/rediger?sak={item.Id}&punkt=2";

        var form = await client.GetHtmlAsync(url);
        Assert.Equal($"Sekretariatet utreder saken {data.Suffix}", TestClient.TextAreaValue(form, "Input.Title"));
        Assert.Matches($"<option selected=\"selected\" value=\"{body.Id}\">", form);
        Assert.Contains($"/{Vestfold}/saker/{item.Id}", form);

        var response = await client.PostFormAsync(url, new()
        {
            ["Input.Title"] = $"Sekretariatet utreder saken {data.Suffix}",
            ["Input.Status"] = nameof(FollowUpStatus.Open),
            ["Input.OwnerBodyId"] = body.Id.ToString(),
            ["Input.DueDate"] = Iso(Today.AddDays(14)),
            ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{Vestfold}/oppfolging", TestClient.LocationPath(response));

        var task = await factory.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters().SingleAsync(t => t.SourceAgendaItemId == item.Id));
        Assert.Equal(2, task.SourcePointNumber);
        Assert.Equal(item.MatterId, task.MatterId);
        Assert.Equal(body.Id, task.OwnerBodyId);
        Assert.Equal(Today.AddDays(14), task.DueDate);
        Assert.Equal(FollowUpStatus.Open, task.Status);

        var points = await data.InCommunityAsync(db => ConclusionTasks.LoadAsync(db, item.Id));
        Assert.Equal(2, points.Points.Count);
        Assert.Empty(points.Points[0].Tasks);
        Assert.Equal(task.Id, Assert.Single(points.Points[1].Tasks).Id);
        Assert.Empty(points.Unplaced);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/oppfolging/rediger?sak={item.Id}&punkt=3")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_status_body_person_and_overdue_and_marks_overdue_in_words()
    {
        var data = await DataAsync();
        var body = await data.BodyAsync();
        var other = await data.BodyAsync();
        var person = await data.PersonAsync();
        var meeting = await data.MeetingAsync(body, Today.AddDays(-30));
        var item = await data.ItemAsync(meeting, "1. Følges opp av et annet organ");
        var overdue = await data.TaskAsync($"Forfalt oppgave {data.Suffix}", t => (t.OwnerBodyId, t.DueDate) = (body.Id, Today.AddDays(-5)));
        var inProgress = await data.TaskAsync($"Pågående oppgave {data.Suffix}", t => (t.OwnerBodyId, t.DueDate, t.Status) = (body.Id, Today.AddDays(10), FollowUpStatus.InProgress));
        var done = await data.TaskAsync($"Utført oppgave {data.Suffix}", t => (t.OwnerBodyId, t.Status) = (body.Id, FollowUpStatus.Done));
        var fromMeeting = await data.TaskAsync($"Oppgave fra møtet {data.Suffix}", t =>
            (t.OwnerBodyId, t.OwnerPersonId, t.SourceAgendaItemId, t.SourcePointNumber) = (other.Id, person.Id, item.Id, 1));
        var elsewhere = await data.TaskAsync($"Annet organs oppgave {data.Suffix}", t => t.OwnerBodyId = other.Id);
        var client = await AdministratorAsync();

        var byBody = await client.GetHtmlAsync($"/{Vestfold}/oppfolging?organ={body.Id}");
        Assert.Contains(overdue.Title, byBody);
        Assert.Contains(inProgress.Title, byBody);
        Assert.Contains(fromMeeting.Title, byBody);
        Assert.DoesNotContain(done.Title, byBody);
        Assert.DoesNotContain(elsewhere.Title, byBody);
        Assert.Contains("Forfalt</strong>", TestClient.RowOf(byBody, overdue.Title));
        Assert.DoesNotContain("Forfalt</strong>", TestClient.RowOf(byBody, inProgress.Title));
        Assert.Contains($"href=\"/{Vestfold}/saker/{item.Id}\">Sak 2024.17 punkt 1, {body.ShortName} {OsloTime.Format(meeting.Date)}</a>", TestClient.RowOf(byBody, fromMeeting.Title));
        Assert.Contains(OsloTime.Format(Today.AddDays(10)), TestClient.RowOf(byBody, inProgress.Title));
        Assert.Contains($"/{Vestfold}/oppfolging/rediger/{overdue.Id}", byBody);

        var all = await client.GetHtmlAsync($"/{Vestfold}/oppfolging?organ={body.Id}&status=alle");
        Assert.Contains(done.Title, all);
        var onlyDone = await client.GetHtmlAsync($"/{Vestfold}/oppfolging?organ={body.Id}&status=Done");
        Assert.Contains(done.Title, onlyDone);
        Assert.DoesNotContain(overdue.Title, onlyDone);

        var overdueOnly = await client.GetHtmlAsync($"/{Vestfold}/oppfolging?organ={body.Id}&forfalt=true");
        Assert.Contains(overdue.Title, overdueOnly);
        Assert.DoesNotContain(inProgress.Title, overdueOnly);
        Assert.DoesNotContain(fromMeeting.Title, overdueOnly);

        var byPerson = await client.GetHtmlAsync($"/{Vestfold}/oppfolging?person={person.Id}");
        Assert.Contains(fromMeeting.Title, byPerson);
        Assert.DoesNotContain(overdue.Title, byPerson);
    }

    [Fact]
    public async Task A_due_date_in_the_past_is_refused_for_a_new_task_and_the_input_kept()
    {
        var data = await DataAsync();
        var body = await data.BodyAsync();
        var client = await AdministratorAsync();
        var yesterday = Iso(Today.AddDays(-1));

        var response = await client.PostFormAsync($"/{Vestfold}/oppfolging/rediger", new()
        {
            ["Input.Title"] = $"Tittel som beholdes {data.Suffix}",
            ["Input.Notes"] = $"Notat som beholdes {data.Suffix}",
            ["Input.Status"] = nameof(FollowUpStatus.Open),
            ["Input.OwnerBodyId"] = body.Id.ToString(),
            ["Input.DueDate"] = yesterday,
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fristen kan ikke være tilbake i tid.", html);
        Assert.Equal($"Tittel som beholdes {data.Suffix}", TestClient.TextAreaValue(html, "Input.Title"));
        Assert.Equal($"Notat som beholdes {data.Suffix}", TestClient.TextAreaValue(html, "Input.Notes"));
        Assert.Equal(yesterday, TestClient.InputValue(html, "Input.DueDate"));
        Assert.False(await factory.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters().AnyAsync(t => t.Title.Contains(data.Suffix))));
    }

    [Fact]
    public async Task An_overdue_task_keeps_its_date_when_edited()
    {
        var data = await DataAsync();
        var body = await data.BodyAsync();
        var task = await data.TaskAsync($"Forfalt, men redigeres {data.Suffix}", t => (t.OwnerBodyId, t.DueDate) = (body.Id, Today.AddDays(-5)));
        var client = await AdministratorAsync();

        var response = await client.PostFormAsync($"/{Vestfold}/oppfolging/rediger/{task.Id}", new()
        {
            ["Input.Title"] = task.Title,
            ["Input.Notes"] = "Purret på i dag",
            ["Input.Status"] = nameof(FollowUpStatus.InProgress),
            ["Input.OwnerBodyId"] = body.Id.ToString(),
            ["Input.DueDate"] = Iso(Today.AddDays(-5)),
            ["Input.Version"] = task.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters().SingleAsync(t => t.Id == task.Id));
        Assert.Equal(FollowUpStatus.InProgress, saved.Status);
        Assert.Equal("Purret på i dag", saved.Notes);

        var history = await client.GetHtmlAsync($"/{Vestfold}/oppfolging/rediger/{task.Id}");
        Assert.Contains("Purret på i dag", history);
    }

    [Fact]
    public async Task A_target_meeting_in_the_past_is_refused()
    {
        var data = await DataAsync();
        var body = await data.BodyAsync();
        var held = await data.MeetingAsync(body, Today.AddDays(-3));
        var client = await AdministratorAsync();

        var response = await client.PostFormAsync($"/{Vestfold}/oppfolging/rediger", new()
        {
            ["Input.Title"] = $"Til et holdt møte {data.Suffix}",
            ["Input.Status"] = nameof(FollowUpStatus.Open),
            ["Input.OwnerBodyId"] = body.Id.ToString(),
            ["Input.TargetMeetingId"] = held.Id.ToString(),
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Møtet er allerede holdt. Velg et kommende møte.", html);
        Assert.Equal($"Til et holdt møte {data.Suffix}", TestClient.TextAreaValue(html, "Input.Title"));
    }

    [Fact]
    public async Task A_task_without_owner_is_refused()
    {
        var data = await DataAsync();
        var client = await AdministratorAsync();

        var response = await client.PostFormAsync($"/{Vestfold}/oppfolging/rediger", new()
        {
            ["Input.Title"] = $"Uten ansvarlig {data.Suffix}",
            ["Input.Status"] = nameof(FollowUpStatus.Open),
            ["Input.DueDate"] = Iso(Today.AddDays(5)),
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Velg en ansvarlig person eller et ansvarlig organ.", html);
        Assert.Equal($"Uten ansvarlig {data.Suffix}", TestClient.TextAreaValue(html, "Input.Title"));
        Assert.Equal(Iso(Today.AddDays(5)), TestClient.InputValue(html, "Input.DueDate"));
    }

    [Fact]
    public async Task Suggestions_for_a_meeting_are_its_targeted_tasks_and_its_bodys_tasks_due_by_then_not_yet_on_an_agenda()
    {
        var data = await DataAsync();
        var body = await data.BodyAsync();
        var other = await data.BodyAsync();
        var meeting = await data.MeetingAsync(body, Today.AddDays(30));
        var later = await data.MeetingAsync(body, Today.AddDays(60));
        var targeted = await data.TaskAsync("Rettet mot møtet", t => (t.OwnerBodyId, t.TargetMeetingId) = (other.Id, meeting.Id));
        var dueBefore = await data.TaskAsync("Frist før møtet", t => (t.OwnerBodyId, t.DueDate, t.Status) = (body.Id, Today.AddDays(20), FollowUpStatus.InProgress));
        var dueOnTheDay = await data.TaskAsync("Frist på møtedagen", t => (t.OwnerBodyId, t.DueDate) = (body.Id, Today.AddDays(30)));
        await data.TaskAsync("Frist etter møtet", t => (t.OwnerBodyId, t.DueDate) = (body.Id, Today.AddDays(40)));
        await data.TaskAsync("Annet organ", t => (t.OwnerBodyId, t.DueDate) = (other.Id, Today.AddDays(20)));
        await data.TaskAsync("Rettet mot et senere møte", t => (t.OwnerBodyId, t.DueDate, t.TargetMeetingId) = (body.Id, Today.AddDays(20), later.Id));
        await data.TaskAsync("Utført", t => (t.OwnerBodyId, t.TargetMeetingId, t.Status) = (body.Id, meeting.Id, FollowUpStatus.Done));
        var onAgenda = await data.TaskAsync("Allerede på en dagsorden", t => (t.OwnerBodyId, t.TargetMeetingId) = (body.Id, meeting.Id));
        var item = await data.ItemAsync(meeting, null);
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.AgendaItems.IgnoreQueryFilters().SingleAsync(i => i.Id == item.Id);
            stored.FromFollowUpTaskId = onAgenda.Id;
            return await db.SaveChangesAsync();
        });

        var suggestions = await data.InCommunityAsync(db => FollowUpSuggestions.ForMeetingAsync(db, meeting.Id));

        Assert.Equal([dueBefore.Id, dueOnTheDay.Id, targeted.Id], suggestions.Select(t => t.Id).ToArray());
        Assert.Equal(other.Id, suggestions.Single(t => t.Id == targeted.Id).OwnerBody!.Id);
        Assert.Empty(await data.InCommunityAsync(db => FollowUpSuggestions.ForMeetingAsync(db, int.MaxValue)));
    }

    [Fact]
    public async Task Reminders_go_once_to_the_owner_or_the_owning_bodys_chair_of_each_task_soon_due_or_overdue()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hf-mail-{Guid.NewGuid():N}");
        using var host = factory.WithWebHostBuilder(b => b
            .UseSetting("Email:Delivery", "Pickup")
            .UseSetting("Email:PickupFolder", folder)
            .UseSetting("Email:PublicBaseUrl", "https://helsefellesskap.test/")
            .UseSetting("Reminders:Enabled", "false"));
        try
        {
            // Four weeks ahead, so the running service (which works on today) never takes these tasks first.
            var nowUtc = DateTime.UtcNow.AddDays(28);
            var today = DateOnly.FromDateTime(OsloTime.ToOslo(nowUtc));
            var data = await DataAsync();
            var owner = await data.PersonAsync(withEmail: true);
            var chair = await data.PersonAsync(withEmail: true);
            var notYetDue = await data.PersonAsync(withEmail: true);
            var withoutEmail = await data.PersonAsync(withEmail: false);
            var body = await data.BodyAsync();
            await data.MembershipAsync(chair, body, MembershipRole.Chair, from: Today.AddYears(-1));
            var soonDue = await data.TaskAsync($"Snart frist {data.Suffix}", t => (t.OwnerPersonId, t.DueDate) = (owner.Id, today.AddDays(2)));
            var overdue = await data.TaskAsync($"Forfalt organoppgave {data.Suffix}", t => (t.OwnerBodyId, t.DueDate, t.Status) = (body.Id, today.AddDays(-8), FollowUpStatus.InProgress));
            var later = await data.TaskAsync($"Lang frist {data.Suffix}", t => (t.OwnerPersonId, t.DueDate) = (notYetDue.Id, today.AddDays(10)));
            var done = await data.TaskAsync($"Utført {data.Suffix}", t => (t.OwnerPersonId, t.DueDate, t.Status) = (owner.Id, today.AddDays(1), FollowUpStatus.Done));
            var unreachable = await data.TaskAsync($"Ingen å sende til {data.Suffix}", t => (t.OwnerPersonId, t.DueDate) = (withoutEmail.Id, today.AddDays(1)));
            var reminders = host.Services.GetRequiredService<FollowUpReminders>();

            // Two instances at once: each task is claimed by one of them only.
            await Task.WhenAll(reminders.SendDueRemindersAsync(nowUtc), reminders.SendDueRemindersAsync(nowUtc));
            await reminders.SendDueRemindersAsync(nowUtc.AddHours(1));

            var mails = Directory.GetFiles(folder, "*.eml").Select(path => MimeMessage.Load(path)).ToList();
            var toOwner = Assert.Single(mails, m => IsTo(m, owner));
            var toChair = Assert.Single(mails, m => IsTo(m, chair));
            Assert.DoesNotContain(mails, m => IsTo(m, notYetDue));
            Assert.Contains(soonDue.Title, toOwner.TextBody);
            Assert.Contains($"Frist: {OsloTime.Format(today.AddDays(2))}", toOwner.TextBody);
            Assert.Contains($"https://helsefellesskap.test/{Vestfold}/oppfolging", toOwner.TextBody);
            Assert.StartsWith("Påminnelse", toOwner.Subject);
            Assert.Contains(overdue.Title, toChair.TextBody);
            Assert.Contains("er passert", toChair.TextBody);

            var remindedAt = await factory.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters()
                .Where(t => t.Title.Contains(data.Suffix))
                .ToDictionaryAsync(t => t.Id, t => t.ReminderSentAtUtc));
            Assert.NotNull(remindedAt[soonDue.Id]);
            Assert.NotNull(remindedAt[overdue.Id]);
            Assert.Null(remindedAt[later.Id]);
            Assert.Null(remindedAt[done.Id]);
            Assert.Null(remindedAt[unreachable.Id]);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static bool IsTo(MimeMessage message, Person person) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, person.Email, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task A_member_sees_her_upcoming_meetings_with_documents_her_tasks_and_recent_minutes()
    {
        var data = await DataAsync();
        var member = await factory.WithDbAsync(db => db.People.IgnoreQueryFilters()
            .SingleAsync(p => p.UserId == db.Users.Where(u => u.Email == DemoAccounts.VestfoldMember).Select(u => u.Id).Single()
                && p.CommunityId == data.CommunityId));
        var body = await data.BodyAsync();
        var notMine = await data.BodyAsync();
        await data.MembershipAsync(member, body, MembershipRole.Member, from: Today.AddMonths(-6));
        var upcoming = await data.MeetingAsync(body, Today.AddDays(10), m =>
            (m.Location, m.Status, m.NoticeRevision, m.NoticeIssuedAtUtc) = ($"Møterom {data.Suffix}", MeetingStatus.NoticeIssued, 1, DateTime.UtcNow));
        var planned = await data.MeetingAsync(body, Today.AddDays(40), m => m.Location = $"Planlagt rom {data.Suffix}");
        var held = await data.MeetingAsync(body, Today.AddDays(-20), m => (m.Status, m.MinutesStatus) = (MeetingStatus.Held, MinutesStatus.Approved));
        await data.MeetingAsync(notMine, Today.AddDays(12), m => m.Location = $"Ikke mitt møte {data.Suffix}");
        var call = await data.AddAsync(new MeetingParticipant { MeetingId = upcoming.Id, PersonId = member.Id, Role = ParticipantRole.Member });
        var task = await data.TaskAsync($"Marianne følger opp {data.Suffix}", t => (t.OwnerPersonId, t.DueDate) = (member.Id, Today.AddDays(-2)));
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

        var html = await client.GetHtmlAsync($"/{Vestfold}/mine-moter");

        Assert.Contains($"Møterom {data.Suffix}", html);
        Assert.Contains($"Planlagt rom {data.Suffix}", html);
        Assert.DoesNotContain($"Ikke mitt møte {data.Suffix}", html);
        Assert.Contains($"href=\"/{Vestfold}/svar/{call.ResponseToken}\"", html);
        Assert.Contains($"href=\"/{Vestfold}/moter/{upcoming.Id}/innkalling.pdf\"", html);
        Assert.Contains($"href=\"/{Vestfold}/moter/{upcoming.Id}/motebok.pdf\"", html);
        Assert.DoesNotContain($"/{Vestfold}/moter/{planned.Id}/innkalling.pdf", html);
        Assert.Contains($"href=\"/{Vestfold}/moter/{held.Id}/referat/les\"", html);
        Assert.Contains("Forfalt</strong>", TestClient.RowOf(html, task.Title));
        Assert.Contains($"href=\"/{Vestfold}/mine-moter\">Mine møter</a>", html);
        Assert.Contains($"href=\"/{Vestfold}/oppfolging\">Oppfølging</a>", html);
    }

    [Fact]
    public async Task An_account_without_a_person_is_told_so()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.TwoCommunities);
        var html = await client.GetHtmlAsync($"/{Vestfold}/mine-moter");
        Assert.Contains("Kontoen din er ikke knyttet til en person", html);
    }

    [Fact]
    public async Task A_member_reads_the_list_but_cannot_edit_tasks()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

        var list = await client.GetHtmlAsync($"/{Vestfold}/oppfolging");
        Assert.DoesNotContain("/oppfolging/rediger", list);

        foreach (var url in new[] { $"/{Vestfold}/oppfolging/rediger", $"/{Vestfold}/oppfolging/rediger/{await FollowUpData.AnyTaskIdAsync(factory, Vestfold)}" })
        {
            var edit = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
            Assert.StartsWith("/konto/ingen-tilgang", TestClient.LocationPath(edit));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFollowUpTests(SqliteAppFactory factory) : FollowUpTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFollowUpTests(PostgresAppFactory factory) : FollowUpTests(factory);

/// <summary>Bodies, people, meetings, items and tasks made for one test, with names no other test uses.</summary>
public sealed class FollowUpData
{
    private static int counter;

    private readonly AppFactory factory;

    private FollowUpData(AppFactory factory, int communityId)
    {
        this.factory = factory;
        CommunityId = communityId;
    }

    public int CommunityId { get; }

    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..8];

    public static async Task<FollowUpData> ForAsync(AppFactory factory, string slug) => new(factory, await factory.CommunityIdAsync(slug));

    /// <summary>Some follow-up task of the community, made if there is none.</summary>
    public static async Task<int> AnyTaskIdAsync(AppFactory factory, string slug)
    {
        var data = await ForAsync(factory, slug);
        var existing = await factory.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters()
            .Where(t => t.CommunityId == data.CommunityId).Select(t => (int?)t.Id).FirstOrDefaultAsync());
        return existing ?? (await data.TaskAsync("Oppfølgingsoppgave", _ => { })).Id;
    }

    public Task<T> AddAsync<T>(T entity) where T : TenantEntity =>
        factory.WithDbAsync(async db =>
        {
            entity.CommunityId = CommunityId;
            db.Add(entity);
            await db.SaveChangesAsync();
            return entity;
        });

    /// <summary>Runs <paramref name="action"/> as a request of the community would: with the tenant filter on.</summary>
    public async Task<T> InCommunityAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(await db.Communities.SingleAsync(c => c.Id == CommunityId));
        return await action(db);
    }

    public Task<Body> BodyAsync()
    {
        var number = Interlocked.Increment(ref counter);
        return AddAsync(new Body { Name = $"Testutvalg {Suffix}-{number}", ShortName = $"T{Suffix[..4]}{number}".ToUpperInvariant(), Type = BodyType.WorkingGroup });
    }

    public Task<Person> PersonAsync(bool withEmail = true)
    {
        var number = Interlocked.Increment(ref counter);
        return AddAsync(new Person { Name = $"Test Person {Suffix}-{number}", Email = withEmail ? $"person-{Suffix}-{number}@test.example" : null });
    }

    public Task<Membership> MembershipAsync(Person person, Body body, MembershipRole role, DateOnly from) =>
        AddAsync(new Membership { PersonId = person.Id, BodyId = body.Id, Role = role, From = from });

    public async Task<Meeting> MeetingAsync(Body body, DateOnly date, Action<Meeting>? set = null)
    {
        var meeting = new Meeting { BodyId = body.Id, Date = date, StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(12, 0) };
        set?.Invoke(meeting);
        meeting = await AddAsync(meeting);
        meeting.Body = body;
        return meeting;
    }

    /// <summary>Item 2024.17 of the meeting, in a matter of its own, with the given conclusion.</summary>
    public async Task<AgendaItem> ItemAsync(Meeting meeting, string? conclusion)
    {
        var matter = await AddAsync(new Matter { Title = $"Sak {Suffix}", OriginBodyId = meeting.BodyId, CreatedAtUtc = DateTime.UtcNow });
        return await AddAsync(new AgendaItem
        {
            MeetingId = meeting.Id,
            MatterId = matter.Id,
            SortOrder = 1,
            Title = $"Sak {Suffix}",
            CaseYear = 2024,
            CaseSequence = 17,
            Conclusion = conclusion,
        });
    }

    public Task<FollowUpTask> TaskAsync(string title, Action<FollowUpTask> set)
    {
        var task = new FollowUpTask { Title = title, CreatedAtUtc = DateTime.UtcNow };
        set(task);
        return AddAsync(task);
    }
}
