using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helsefellesskap.Tests.Integration.Calendar;

/// <summary>
/// A body of its own with one upcoming meeting: a member (by membership and as participant, with e-mail),
/// a guest (participant only, with e-mail) and a deputy without e-mail; two agenda items.
/// </summary>
public sealed record CalendarScenario(
    int CommunityId,
    int BodyId,
    string BodyName,
    Meeting Meeting,
    Person Member,
    Person Guest,
    Person WithoutEmail,
    IReadOnlyList<MeetingParticipant> Participants)
{
    public const string ShortName = "KT";
    public const string Topic = "Kalendertest";
    public static readonly TimeOnly Start = new(9, 0);
    public static readonly TimeOnly End = new(11, 30);

    public string Uid => $"{Meeting.CalendarUid}@helsefellesskap";

    public MeetingParticipant ParticipantFor(Person person) => Participants.Single(p => p.PersonId == person.Id);

    /// <summary>Arranges the scenario in a demo community (Vestfold unless named), for a meeting <paramref name="daysAhead"/> days from today.</summary>
    public static async Task<CalendarScenario> CreateAsync(AppFactory factory, int daysAhead = 30, string slug = DemoLookup.Vestfold)
    {
        var communityId = await factory.CommunityIdAsync(slug);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var today = OsloTime.Today(TimeProvider.System);
        return await factory.WithDbAsync(async db =>
        {
            var body = new Body { CommunityId = communityId, Name = $"Kalenderutvalget {suffix}", ShortName = ShortName, Type = BodyType.WorkingGroup };
            var member = NewPerson(communityId, $"Medlem {suffix}", $"medlem-{suffix}@example.test");
            var guest = NewPerson(communityId, $"Gjest {suffix}", $"gjest-{suffix}@example.test");
            var withoutEmail = NewPerson(communityId, $"Uten E-post {suffix}", null);
            var meeting = new Meeting
            {
                CommunityId = communityId,
                Body = body,
                Date = today.AddDays(daysAhead),
                StartTime = Start,
                EndTime = End,
                Location = "Tønsberg, møterom Slottsfjell",
                Topic = Topic,
                Status = MeetingStatus.NoticeIssued,
                NoticeRevision = 1,
            };
            db.Memberships.Add(new Membership { CommunityId = communityId, Body = body, Person = member, Role = MembershipRole.Member, From = today.AddYears(-1) });
            var matter = new Matter { CommunityId = communityId, Title = "Kalendersak", OriginBody = body };
            // Case numbers take the meeting's year, which is the next one for a meeting late in December.
            meeting.AgendaItems.Add(NewItem(communityId, matter, 1, meeting.Date.Year, 1, "Godkjenning av innkalling og dagsorden"));
            meeting.AgendaItems.Add(NewItem(communityId, matter, 2, meeting.Date.Year, 2, "Felles kalender for møter"));
            meeting.Participants.AddRange(
                new MeetingParticipant { CommunityId = communityId, Person = member, Role = ParticipantRole.Member },
                new MeetingParticipant { CommunityId = communityId, Person = guest, Role = ParticipantRole.Guest },
                new MeetingParticipant { CommunityId = communityId, Person = withoutEmail, Role = ParticipantRole.Deputy });
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return new CalendarScenario(communityId, body.Id, body.Name, meeting, member, guest, withoutEmail, [.. meeting.Participants]);
        });
    }

    /// <summary>Another meeting of the scenario's body.</summary>
    public Task<Meeting> AddMeetingAsync(AppFactory factory, DateOnly date) => factory.WithDbAsync(async db =>
    {
        var meeting = new Meeting { CommunityId = CommunityId, BodyId = BodyId, Date = date, StartTime = Start, EndTime = End, Status = MeetingStatus.Planned };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting;
    });

    public Task UpdateMeetingAsync(AppFactory factory, Action<Meeting> change) => factory.WithDbAsync(async db =>
    {
        var meeting = await db.Meetings.IgnoreQueryFilters().SingleAsync(m => m.Id == Meeting.Id);
        change(meeting);
        return await db.SaveChangesAsync();
    });

    public Task EndMembershipAsync(AppFactory factory, DateOnly to) => factory.WithDbAsync(async db =>
    {
        var membership = await db.Memberships.IgnoreQueryFilters().SingleAsync(m => m.BodyId == BodyId && m.PersonId == Member.Id);
        membership.To = to;
        return await db.SaveChangesAsync();
    });

    /// <summary>A service scope working in a community, as a request to <c>/{slug}/…</c> would.</summary>
    public static async Task<AsyncServiceScope> TenantScopeAsync(IServiceProvider services, string slug)
    {
        var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(await db.Communities.AsNoTracking().SingleAsync(c => c.Slug == slug));
        return scope;
    }

    private static Person NewPerson(int communityId, string name, string? email) => new() { CommunityId = communityId, Name = name, Email = email };

    private static AgendaItem NewItem(int communityId, Matter matter, int order, int year, int sequence, string title) => new()
    {
        CommunityId = communityId,
        Matter = matter,
        SortOrder = order,
        CaseYear = year,
        CaseSequence = sequence,
        NumberFrozen = true,
        Title = title,
        Types = AgendaItemTypes.Decision,
    };
}
