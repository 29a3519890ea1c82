using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration.Calendar;

/// <summary>Answering "kommer / forfall" from the e-mail link, without signing in.</summary>
public abstract class RespondTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task The_link_shows_the_meeting_and_a_get_with_an_answer_only_preselects_it()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var participant = scenario.ParticipantFor(scenario.Member);
        var client = TestClient.Anonymous(factory);

        var html = await client.GetHtmlAsync($"/{Vestfold}/svar/{participant.ResponseToken}?svar=forfall");

        Assert.Contains(scenario.BodyName, html);
        Assert.Contains(OsloTime.Format(scenario.Meeting.Date), html);
        Assert.Contains("09:00–11:30", html);
        Assert.Contains(scenario.Meeting.Location!, html);
        Assert.Contains(scenario.Member.Name, html);
        Assert.Contains("Ikke svart", html);
        Assert.Contains("Du har valgt «Forfall»", html);
        Assert.NotNull(TestClient.AntiforgeryToken(html));
        var stored = await ParticipantAsync(participant.Id);
        Assert.Equal((AttendanceResponse.NoAnswer, null, participant.Version), (stored.Response, stored.RespondedAtUtc, stored.Version));
    }

    [Fact]
    public async Task Posting_forfall_stores_the_answer_and_the_comment_and_confirms_it()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var participant = scenario.ParticipantFor(scenario.Guest);
        var client = TestClient.Anonymous(factory);
        var url = $"/{Vestfold}/svar/{participant.ResponseToken}";

        var response = await client.PostFormAsync(url, new() { ["Input.Answer"] = "forfall", ["Input.Note"] = "Vara møter for meg." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, TestClient.LocationPath(response));
        var stored = await ParticipantAsync(participant.Id);
        Assert.Equal(AttendanceResponse.NotComing, stored.Response);
        Assert.Equal("Vara møter for meg.", stored.Note);
        Assert.NotNull(stored.RespondedAtUtc);
        var page = await client.GetHtmlAsync(url);
        Assert.Contains("Takk! Svaret ditt er registrert: Forfall.", page);

        var changed = await client.PostFormAsync(url, new() { ["Input.Answer"] = "kommer" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(AttendanceResponse.Coming, (await ParticipantAsync(participant.Id)).Response);
    }

    [Fact]
    public async Task An_answer_that_is_neither_kommer_nor_forfall_is_refused()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var participant = scenario.ParticipantFor(scenario.Member);
        var client = TestClient.Anonymous(factory);

        var response = await client.PostFormAsync($"/{Vestfold}/svar/{participant.ResponseToken}", new() { ["Input.Answer"] = "kanskje", ["Input.Note"] = "Beholdes" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Velg «Kommer» eller «Forfall».", html);
        Assert.Contains("Beholdes", html);
        Assert.Equal(AttendanceResponse.NoAnswer, (await ParticipantAsync(participant.Id)).Response);
    }

    [Fact]
    public async Task Unknown_tokens_and_tokens_used_in_another_community_are_not_found()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var client = TestClient.Anonymous(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/svar/finnes-ikke")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync($"/{DemoLookup.VestreViken}/svar/{scenario.ParticipantFor(scenario.Member).ResponseToken}")).StatusCode);
    }

    [Fact]
    public async Task Answers_after_the_meeting_day_are_refused()
    {
        var past = await CalendarScenario.CreateAsync(factory, daysAhead: -1);
        var upcoming = await CalendarScenario.CreateAsync(factory);
        var participant = past.ParticipantFor(past.Member);
        var client = TestClient.Anonymous(factory);
        var url = $"/{Vestfold}/svar/{participant.ResponseToken}";

        var page = await client.GetHtmlAsync(url);
        var refusal = $"Møtet var {OsloTime.Format(past.Meeting.Date)}. Det er ikke lenger mulig å svare";
        Assert.Contains(refusal, page);
        Assert.DoesNotContain("name=\"Input.Answer\"", page);

        // The page has no form, so the anti-forgery token comes from an open answer page.
        var response = await client.PostFormAsync(url, new() { ["Input.Answer"] = "kommer" },
            formPage: $"/{Vestfold}/svar/{upcoming.ParticipantFor(upcoming.Member).ResponseToken}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(refusal, await response.Content.ReadAsStringAsync());
        Assert.Equal(AttendanceResponse.NoAnswer, (await ParticipantAsync(participant.Id)).Response);
    }

    private Task<MeetingParticipant> ParticipantAsync(int id) =>
        factory.WithDbAsync(db => db.MeetingParticipants.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == id));
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRespondTests(SqliteAppFactory factory) : RespondTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRespondTests(PostgresAppFactory factory) : RespondTests(factory);
