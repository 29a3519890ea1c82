using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Calendar;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;

namespace Helsefellesskap.Tests.Integration.Calendar;

/// <summary>The .ics feeds, read back with Ical.Net as a calendar client would.</summary>
public abstract class CalendarFeedTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task Body_feed_is_public_with_a_stable_uid_and_oslo_local_times()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var client = TestClient.Anonymous(factory);

        var first = await FetchAsync(client, $"/{Vestfold}/kalender/organ/{scenario.BodyId}.ics");
        var second = await FetchAsync(client, $"/{Vestfold}/kalender/organ/{scenario.BodyId}.ics");

        Assert.Equal("PUBLISH", first.Method);
        Assert.Contains(first.TimeZones, z => z.TzId == "Europe/Oslo");
        var calendarEvent = Assert.Single(first.Events);
        Assert.Equal(scenario.Uid, calendarEvent.Uid);
        Assert.Equal(scenario.Uid, Assert.Single(second.Events).Uid);
        Assert.Equal("Europe/Oslo", calendarEvent.DtStart!.TzId);
        Assert.Equal(scenario.Meeting.Date, calendarEvent.DtStart.Date);
        Assert.Equal(CalendarScenario.Start, calendarEvent.DtStart.Time);
        Assert.Equal("Europe/Oslo", calendarEvent.DtEnd!.TzId);
        Assert.Equal(CalendarScenario.End, calendarEvent.DtEnd.Time);
        Assert.Equal(OsloTime.ToUtc(scenario.Meeting.Date, CalendarScenario.Start), calendarEvent.DtStart.AsUtc);
        Assert.Equal($"{CalendarScenario.ShortName}: {CalendarScenario.Topic}", calendarEvent.Summary);
        Assert.Equal(scenario.Meeting.Location, calendarEvent.Location);
        Assert.Contains($"/{Vestfold}/innsyn/moter/{scenario.Meeting.Id}", calendarEvent.Description);
        Assert.Equal($"/{Vestfold}/innsyn/moter/{scenario.Meeting.Id}", calendarEvent.Url!.AbsolutePath);
        Assert.Equal("CONFIRMED", calendarEvent.Status);
        Assert.Equal(0, calendarEvent.Sequence);
        Assert.Empty(calendarEvent.Attendees);
    }

    [Fact]
    public async Task A_changed_meeting_raises_the_sequence_and_a_cancelled_one_stays_with_the_same_uid()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var client = TestClient.Anonymous(factory);
        var url = $"/{Vestfold}/kalender/organ/{scenario.BodyId}.ics";

        await scenario.UpdateMeetingAsync(factory, m =>
        {
            m.StartTime = new TimeOnly(10, 0);
            m.CalendarSequence++;
        });
        var moved = Assert.Single((await FetchAsync(client, url)).Events);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal(new TimeOnly(10, 0), moved.DtStart!.Time);

        await scenario.UpdateMeetingAsync(factory, m =>
        {
            m.Status = MeetingStatus.Cancelled;
            m.CalendarSequence++;
        });
        var cancelled = Assert.Single((await FetchAsync(client, url)).Events);
        Assert.Equal(scenario.Uid, cancelled.Uid);
        Assert.Equal(2, cancelled.Sequence);
        Assert.Equal("CANCELLED", cancelled.Status);
    }

    [Fact]
    public async Task Body_feed_reaches_one_year_back()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var today = OsloTime.Today(TimeProvider.System);
        var recent = await scenario.AddMeetingAsync(factory, today.AddMonths(-11));
        var old = await scenario.AddMeetingAsync(factory, today.AddYears(-1).AddDays(-1));

        var uids = (await FetchAsync(TestClient.Anonymous(factory), $"/{Vestfold}/kalender/organ/{scenario.BodyId}.ics"))
            .Events.Select(e => e.Uid).ToList();

        Assert.Contains(MeetingCalendar.UidOf(recent), uids);
        Assert.DoesNotContain(MeetingCalendar.UidOf(old), uids);
        Assert.Equal(2, uids.Count);
    }

    [Fact]
    public async Task Unknown_bodies_and_bodies_of_other_communities_have_no_feed()
    {
        var client = TestClient.Anonymous(factory);
        var otherCommunitysBody = await factory.BodyAsync(DemoLookup.VestreViken, "SSU");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/kalender/organ/999999.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/kalender/organ/{otherCommunitysBody.Id}.ics")).StatusCode);
    }

    [Fact]
    public async Task Personal_feed_has_the_meetings_of_current_memberships_and_participations()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var afterMembership = await scenario.AddMeetingAsync(factory, scenario.Meeting.Date.AddDays(14));
        await scenario.EndMembershipAsync(factory, scenario.Meeting.Date.AddDays(1));
        var client = TestClient.Anonymous(factory);

        var memberFeed = await FetchAsync(client, await PersonalFeedPathAsync(Vestfold, scenario.Member.Id));
        var guestFeed = await FetchAsync(client, await PersonalFeedPathAsync(Vestfold, scenario.Guest.Id));

        Assert.Equal("PUBLISH", memberFeed.Method);
        Assert.Equal(scenario.Uid, Assert.Single(memberFeed.Events).Uid);
        Assert.Equal(scenario.Uid, Assert.Single(guestFeed.Events).Uid);
        Assert.DoesNotContain(memberFeed.Events, e => e.Uid == MeetingCalendar.UidOf(afterMembership));
    }

    [Fact]
    public async Task Personal_feed_refuses_tampered_tokens_and_tokens_of_another_community()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        var client = TestClient.Anonymous(factory);
        var valid = await PersonalFeedPathAsync(Vestfold, scenario.Member.Id);
        var token = valid.Split('/').Last()[..^".ics".Length];
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
        var fromOtherCommunity = (await PersonalFeedPathAsync(DemoLookup.VestreViken, scenario.Member.Id)).Split('/').Last();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(valid)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/kalender/person/{tampered}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/kalender/person/not-a-token.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/kalender/person/{fromOtherCommunity}")).StatusCode);
    }

    private async Task<string> PersonalFeedPathAsync(string slug, int personId)
    {
        await using var scope = await CalendarScenario.TenantScopeAsync(factory.Services, slug);
        var url = scope.ServiceProvider.GetRequiredService<PersonalCalendarLinks>().UrlFor(personId);
        var path = new Uri(url).AbsolutePath;
        Assert.StartsWith($"/{slug}/kalender/person/", path);
        return path;
    }

    private static async Task<IcalCalendar> FetchAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var text = await response.Content.ReadAsStringAsync();
        AssertWrittenForAnyClient(text);
        return IcalCalendar.Load(text) ?? throw new InvalidOperationException("No calendar in the response.");
    }

    /// <summary>Numbers in plain ASCII whatever the request's culture (Norwegian would write a Unicode minus).</summary>
    internal static void AssertWrittenForAnyClient(string ics)
    {
        Assert.DoesNotContain('\u2212', ics);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", ics);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCalendarFeedTests(SqliteAppFactory factory) : CalendarFeedTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCalendarFeedTests(PostgresAppFactory factory) : CalendarFeedTests(factory);
