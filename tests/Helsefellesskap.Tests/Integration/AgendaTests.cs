using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// The agenda builder through HTTP: case numbers per body and year, renumbering before the notice, frozen
/// numbers after, withdrawn items keeping theirs, matters followed across bodies, and bad input.
/// Each test uses its own body and a year of its own so that tests sharing a database do not meet.
/// </summary>
public abstract class AgendaTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private Task<TestClient> SecretariatAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    private static string Builder(int meetingId) => $"/{Vestfold}/moter/{meetingId}/dagsorden";

    private static async Task AddItemAsync(TestClient client, int meetingId, string title)
    {
        var response = await client.PostFormAsync($"{Builder(meetingId)}?handler=Add", new() { ["NewTitle"] = title }, Builder(meetingId));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task PostBuilderAsync(TestClient client, int meetingId, string handler, Dictionary<string, string>? fields = null)
    {
        var response = await client.PostFormAsync($"{Builder(meetingId)}?handler={handler}", fields ?? [], Builder(meetingId));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<int> ItemIdAsync(int meetingId, string title) =>
        factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().Where(i => i.MeetingId == meetingId && i.Title == title).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task Numbers_follow_the_agenda_order_per_body_and_year_until_the_notice_is_issued()
    {
        var client = await SecretariatAsync();
        var first = await factory.CreateAsync("FU-HR", new DateOnly(2031, 3, 10));
        await PostBuilderAsync(client, first.Id, "Standard");
        await AddItemAsync(client, first.Id, "Rekruttering av helsepersonell");
        await AddItemAsync(client, first.Id, "Felles kompetanseplan");

        Assert.Equal(["2031.1 Godkjenning av innkalling og dagsorden", "2031.2 Rekruttering av helsepersonell", "2031.3 Felles kompetanseplan", "2031.4 Eventuelt"],
            await factory.AgendaAsync(first.Id));

        await PostBuilderAsync(client, first.Id, "Move", new() { ["itemId"] = (await ItemIdAsync(first.Id, "Felles kompetanseplan")).ToString(), ["offset"] = "-1" });
        Assert.Equal(["2031.1 Godkjenning av innkalling og dagsorden", "2031.2 Felles kompetanseplan", "2031.3 Rekruttering av helsepersonell", "2031.4 Eventuelt"],
            await factory.AgendaAsync(first.Id));

        // The body's next meeting continues the year's sequence, with approval of the first meeting's minutes.
        var second = await factory.CreateAsync("FU-HR", new DateOnly(2031, 6, 2));
        await PostBuilderAsync(client, second.Id, "Standard");
        var secondAgenda = await factory.AgendaAsync(second.Id);
        Assert.Equal("2031.5 Godkjenning av innkalling og dagsorden", secondAgenda[0]);
        Assert.StartsWith("2031.6 Godkjenning av referat fra FU-HR 10.03.2031", secondAgenda[1]);

        // Another body counts on its own.
        var other = await factory.CreateAsync("FU-FL", new DateOnly(2031, 3, 11));
        await PostBuilderAsync(client, other.Id, "Standard");
        Assert.Equal("2031.1 Godkjenning av innkalling og dagsorden", (await factory.AgendaAsync(other.Id))[0]);
    }

    [Fact]
    public async Task Issued_numbers_are_frozen_never_reused_and_withdrawn_items_keep_theirs()
    {
        var client = await SecretariatAsync();
        var meeting = await factory.CreateAsync("FU-BUF", new DateOnly(2032, 2, 5));
        await PostBuilderAsync(client, meeting.Id, "Standard");
        await AddItemAsync(client, meeting.Id, "Barn som pårørende");
        await AddItemAsync(client, meeting.Id, "Ungdomshelse");
        var later = await factory.CreateAsync("FU-BUF", new DateOnly(2032, 4, 5));
        await PostBuilderAsync(client, later.Id, "Standard");
        await FreezeAsync(meeting.Id);

        var withdrawn = await ItemIdAsync(meeting.Id, "Barn som pårørende");
        await PostBuilderAsync(client, meeting.Id, "Withdraw", new() { ["itemId"] = withdrawn.ToString() });
        await AddItemAsync(client, meeting.Id, "Tilleggssak etter utsending");
        await PostBuilderAsync(client, meeting.Id, "Move", new() { ["itemId"] = (await ItemIdAsync(meeting.Id, "Ungdomshelse")).ToString(), ["offset"] = "1" });

        var agenda = await factory.AgendaAsync(meeting.Id);
        Assert.Contains("2032.2 Barn som pårørende", agenda);
        Assert.Contains("2032.3 Ungdomshelse", agenda);
        Assert.Contains("2032.4 Eventuelt", agenda);
        // The next free number after everything issued; the later, unissued meeting moves on.
        Assert.Contains("2032.5 Tilleggssak etter utsending", agenda);
        Assert.StartsWith("2032.6 ", (await factory.AgendaAsync(later.Id))[0]);
        var state = await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().Where(i => i.Id == withdrawn).Select(i => i.State).SingleAsync());
        Assert.Equal(AgendaItemState.Withdrawn, state);

        // An issued item cannot be deleted, only withdrawn.
        await PostBuilderAsync(client, meeting.Id, "Delete", new() { ["itemId"] = withdrawn.ToString() });
        Assert.Contains("2032.2 Barn som pårørende", await factory.AgendaAsync(meeting.Id));
    }

    [Fact]
    public async Task A_matter_sent_from_one_body_to_another_keeps_its_chain()
    {
        var client = await SecretariatAsync();
        var fsu = await factory.CreateAsync("FSU", new DateOnly(2033, 9, 5));
        var ssu = await factory.CreateAsync("SSU", new DateOnly(2033, 9, 26));
        await AddItemAsync(client, fsu.Id, "Mandat for FSU");
        var source = await ItemIdAsync(fsu.Id, "Mandat for FSU");

        var response = await client.PostFormAsync($"/{Vestfold}/saker/{source}?handler=Continue",
            new() { ["TargetMeetingId"] = ssu.Id.ToString(), ["ContinueAs"] = nameof(ItemOrigin.SentFrom) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var sent = await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().SingleAsync(i => i.MeetingId == ssu.Id));
        Assert.Equal(ItemOrigin.SentFrom, sent.Origin);
        Assert.Equal(source, sent.PreviousItemId);
        Assert.Equal("Oppfølging av FSU-sak 2033.1", sent.Description);

        var matterPage = await client.GetHtmlAsync($"/{Vestfold}/saksganger/{sent.MatterId}");
        Assert.Contains("FSU-sak 2033.1", matterPage);
        Assert.Contains("SSU-sak 2033.1", matterPage);
        Assert.Contains("Oversendt", matterPage);
    }

    [Fact]
    public async Task Postponing_before_the_notice_moves_the_item_to_the_next_meeting()
    {
        var client = await SecretariatAsync();
        var first = await factory.CreateAsync("AU", new DateOnly(2034, 1, 10));
        var next = await factory.CreateAsync("AU", new DateOnly(2034, 2, 10));
        await AddItemAsync(client, first.Id, "Budsjett for samhandlingsmidler");
        await AddItemAsync(client, next.Id, "Årsrapport");
        var item = await ItemIdAsync(first.Id, "Budsjett for samhandlingsmidler");

        await PostBuilderAsync(client, first.Id, "Postpone", new() { ["itemId"] = item.ToString() });

        Assert.Empty(await factory.AgendaAsync(first.Id));
        Assert.Equal(["2034.1 Årsrapport", "2034.2 Budsjett for samhandlingsmidler"], await factory.AgendaAsync(next.Id));
    }

    [Fact]
    public async Task An_item_without_a_title_is_refused_in_norwegian()
    {
        var client = await SecretariatAsync();
        var meeting = await factory.CreateAsync("AU", new DateOnly(2035, 1, 10));
        var response = await client.PostFormAsync($"/{Vestfold}/saker/rediger?mote={meeting.Id}", new()
        {
            ["Input.Title"] = "",
            ["Input.Description"] = "Tekst som ikke skal gå tapt",
            ["Input.Numbered"] = "true",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tittel må fylles ut.", html);
        Assert.Contains("Tekst som ikke skal gå tapt", html);

        var restricted = await client.PostFormAsync($"/{Vestfold}/saker/rediger?mote={meeting.Id}", new()
        {
            ["Input.Title"] = "Personalsak",
            ["Input.IsRestricted"] = "true",
        });
        Assert.Contains("Oppgi hjemmel for unntak", await restricted.Content.ReadAsStringAsync());
        Assert.Empty(await factory.AgendaAsync(meeting.Id));
    }

    [Fact]
    public async Task A_meeting_that_ends_before_it_starts_is_refused_and_keeps_the_input()
    {
        var client = await SecretariatAsync();
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var response = await client.PostFormAsync($"/{Vestfold}/moter/rediger", new()
        {
            ["Input.BodyId"] = ssu.Id.ToString(),
            ["Input.Date"] = "2036-05-05",
            ["Input.StartTime"] = "15:00",
            ["Input.EndTime"] = "12:00",
            ["Input.Location"] = "Tinghaugveien 18",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Møtet kan ikke slutte før det begynner.", html);
        Assert.Equal("Tinghaugveien 18", TestClient.InputValue(html, "Input.Location"));
    }

    [Fact]
    public async Task A_plan_is_adopted_into_meetings_and_refuses_dates_in_the_past()
    {
        var client = await SecretariatAsync();
        var fuFl = await factory.BodyAsync(Vestfold, "FU-FL");
        var au = await factory.BodyAsync(Vestfold, "AU");
        var created = await client.PostFormAsync($"/{Vestfold}/moteplaner/rediger", new() { ["Input.BodyId"] = fuFl.Id.ToString(), ["Input.Year"] = "2037" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planUrl = TestClient.LocationPath(created);

        var past = await client.PostFormAsync($"{planUrl}?handler=Add", new()
        {
            ["Entry.Date"] = "2020-01-01",
            ["Entry.StartTime"] = "12:00",
            ["Entry.EndTime"] = "15:00",
            ["Entry.Location"] = "Sted som skal bli stående",
        }, planUrl);
        var html = await past.Content.ReadAsStringAsync();
        Assert.Contains("Datoen har allerede vært.", html);
        Assert.Equal("Sted som skal bli stående", TestClient.InputValue(html, "Entry.Location"));

        var added = await client.PostFormAsync($"{planUrl}?handler=Add", new()
        {
            ["Entry.Date"] = "2037-03-12",
            ["Entry.StartTime"] = "12:00",
            ["Entry.EndTime"] = "15:00",
            ["Entry.PreparatoryBodyId"] = au.Id.ToString(),
            ["Entry.PreparatoryDate"] = "2037-03-01",
        }, planUrl);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{planUrl}?handler=Adopt", [], planUrl)).StatusCode);

        var meetings = await factory.WithDbAsync(db => db.Meetings.IgnoreQueryFilters()
            .Where(m => m.Date == new DateOnly(2037, 3, 12) || m.Date == new DateOnly(2037, 3, 1))
            .Select(m => new { m.BodyId, m.PreparesMeetingId }).ToListAsync());
        Assert.Contains(meetings, m => m.BodyId == fuFl.Id && m.PreparesMeetingId == null);
        Assert.Contains(meetings, m => m.BodyId == au.Id && m.PreparesMeetingId != null);
    }

    private Task FreezeAsync(int meetingId) =>
        factory.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.IgnoreQueryFilters().Include(m => m.AgendaItems).SingleAsync(m => m.Id == meetingId);
            foreach (var item in meeting.AgendaItems.Where(i => i.CaseSequence is not null))
            {
                item.NumberFrozen = true;
            }
            meeting.NoticeRevision = 1;
            meeting.Status = MeetingStatus.NoticeIssued;
            return await db.SaveChangesAsync();
        });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAgendaTests(SqliteAppFactory factory) : AgendaTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAgendaTests(PostgresAppFactory factory) : AgendaTests(factory);
