using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>Calling the body's members to a meeting, and recording who came, in which role, and who led and wrote.</summary>
public abstract class AttendanceTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private static int dayOffset;

    /// <summary>Dates in the autumn of 2024, when the demo SSU had a chair, deputies, observers and a minute-taker.</summary>
    private static DateOnly NextDate() => new DateOnly(2024, 10, 1).AddDays(Interlocked.Increment(ref dayOffset));

    private static string Url(Meeting meeting) => $"/{Vestfold}/moter/{meeting.Id}/oppmote";

    private Task<TestClient> AdministratorAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    /// <summary>A meeting of SSU whose participants were fetched with "Hent medlemmer".</summary>
    private async Task<(Meeting Meeting, TestClient Client, Dictionary<string, MeetingParticipant> ByName)> FilledMeetingAsync()
    {
        var meeting = await factory.CreateAsync("SSU", NextDate(), "Godkjenning av innkalling og dagsorden");
        var client = await AdministratorAsync();
        var fill = await client.PostFormAsync($"{Url(meeting)}?handler=Fill", [], Url(meeting));
        Assert.Equal(HttpStatusCode.Redirect, fill.StatusCode);
        return (meeting, client, await ParticipantsAsync(meeting));
    }

    private Task<Dictionary<string, MeetingParticipant>> ParticipantsAsync(Meeting meeting) =>
        factory.WithDbAsync(db => db.MeetingParticipants.IgnoreQueryFilters().AsNoTracking().Include(p => p.Person)
            .Where(p => p.MeetingId == meeting.Id).ToDictionaryAsync(p => p.Person!.Name));

    private Task<int> PersonIdAsync(string name) =>
        factory.WithDbAsync(db => db.People.IgnoreQueryFilters().Where(p => p.Name == name).Select(p => p.Id).FirstAsync());

    private static void Row(Dictionary<string, string> form, int index, MeetingParticipant participant, AttendanceStatus attendance,
        ParticipantRole? role = null, int? substituteFor = null, bool chair = false, bool minuteTaker = false, bool remove = false)
    {
        var prefix = $"Rows[{index}].";
        form[prefix + "Id"] = participant.Id.ToString();
        form[prefix + "Version"] = participant.Version.ToString();
        form[prefix + "Attendance"] = attendance.ToString();
        form[prefix + "Role"] = (role ?? participant.Role).ToString();
        form[prefix + "SubstituteForPersonId"] = substituteFor?.ToString() ?? "";
        form[prefix + "IsChair"] = chair ? "true" : "false";
        form[prefix + "IsMinuteTaker"] = minuteTaker ? "true" : "false";
        form[prefix + "Remove"] = remove ? "true" : "false";
    }

    [Fact]
    public async Task An_empty_meeting_offers_to_fetch_the_members_and_members_cannot_open_the_page()
    {
        var meeting = await factory.CreateAsync("SSU", NextDate(), "Eventuelt");
        var html = await (await AdministratorAsync()).GetHtmlAsync(Url(meeting));
        Assert.Contains("Ingen deltakere er registrert for møtet ennå.", html);
        Assert.Contains("Hent medlemmer", html);

        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        var response = await member.GetAsync(Url(meeting));
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || TestClient.LocationPath(response).StartsWith("/konto/ingen-tilgang", StringComparison.Ordinal),
            $"The attendance page gave a member {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Fetching_members_calls_everyone_seated_on_the_meeting_date_in_their_meeting_roles()
    {
        var (meeting, client, byName) = await FilledMeetingAsync();

        var seated = await factory.WithDbAsync(db => db.Memberships.IgnoreQueryFilters()
            .Where(m => m.BodyId == meeting.BodyId && m.From <= meeting.Date && (m.To == null || m.To >= meeting.Date))
            .Select(m => m.PersonId).Distinct().CountAsync());
        Assert.Equal(seated, byName.Count);

        Assert.Equal((ParticipantRole.Member, true), (byName["Torunn Hagen Dahl"].Role, byName["Torunn Hagen Dahl"].IsChair));
        Assert.Equal((ParticipantRole.Member, false), (byName["Camilla Øvrebø"].Role, byName["Camilla Øvrebø"].IsChair));
        Assert.Equal(ParticipantRole.Member, byName["Marianne Kjos Lie"].Role);
        Assert.Equal(ParticipantRole.Deputy, byName["Lars Tobias Wiik"].Role);
        Assert.Equal(ParticipantRole.Observer, byName["Linda Brekke"].Role);
        Assert.Equal(ParticipantRole.Secretariat, byName["Siri Alme Grønvold"].Role);
        Assert.Equal((ParticipantRole.Secretariat, true), (byName["Mari Haugen Strand"].Role, byName["Mari Haugen Strand"].IsMinuteTaker));
        Assert.Single(byName.Values, p => p.IsChair);
        // Left SSU on 31.08.2024, before the meeting.
        Assert.False(byName.ContainsKey("Olav Tjelta"));

        var html = await client.GetHtmlAsync(Url(meeting));
        Assert.Contains("Svar på innkallingen", html);
        Assert.Contains("Ikke svart", html);
        Assert.DoesNotContain(">Hent medlemmer<", html);

        // Fetching again adds nobody twice.
        await client.PostFormAsync($"{Url(meeting)}?handler=Fill", [], Url(meeting));
        Assert.Equal(byName.Count, (await ParticipantsAsync(meeting)).Count);
    }

    [Fact]
    public async Task Present_absent_substitute_chair_and_minute_taker_are_recorded_with_added_and_removed_people()
    {
        var (meeting, client, byName) = await FilledMeetingAsync();
        var absentMember = byName["Øystein Ravnå"];
        var guestId = await PersonIdAsync("Kari Anne Holt");
        var form = new Dictionary<string, string>();
        Row(form, 0, byName["Torunn Hagen Dahl"], AttendanceStatus.Present, chair: true);
        Row(form, 1, absentMember, AttendanceStatus.Absent);
        Row(form, 2, byName["Lars Tobias Wiik"], AttendanceStatus.Present, substituteFor: absentMember.PersonId);
        Row(form, 3, byName["Mari Haugen Strand"], AttendanceStatus.Present, minuteTaker: true);
        Row(form, 4, byName["Linda Brekke"], AttendanceStatus.Unknown, remove: true);
        Row(form, 5, byName["Helge Kvamme"], AttendanceStatus.Present, role: ParticipantRole.Guest);
        form["Add.PersonId"] = guestId.ToString();
        form["Add.Role"] = nameof(ParticipantRole.Guest);
        form["Add.Attendance"] = nameof(AttendanceStatus.Present);

        var response = await client.PostFormAsync(Url(meeting), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var stored = await ParticipantsAsync(meeting);
        Assert.Equal((AttendanceStatus.Present, true), (stored["Torunn Hagen Dahl"].Attendance, stored["Torunn Hagen Dahl"].IsChair));
        Assert.Equal(AttendanceStatus.Absent, stored["Øystein Ravnå"].Attendance);
        Assert.Equal((AttendanceStatus.Present, absentMember.PersonId), (stored["Lars Tobias Wiik"].Attendance, stored["Lars Tobias Wiik"].SubstituteForPersonId));
        Assert.True(stored["Mari Haugen Strand"].IsMinuteTaker);
        Assert.False(stored.ContainsKey("Linda Brekke"));
        Assert.Equal(ParticipantRole.Guest, stored["Helge Kvamme"].Role);
        Assert.Equal((ParticipantRole.Guest, AttendanceStatus.Present), (stored["Kari Anne Holt"].Role, stored["Kari Anne Holt"].Attendance));
        Assert.Equal(AttendanceStatus.Unknown, stored["Marianne Kjos Lie"].Attendance);

        var minutes = await client.GetHtmlAsync($"/{Vestfold}/moter/{meeting.Id}/referat/les");
        Assert.Contains("Lars Tobias Wiik (vara for Øystein Ravnå)", minutes);
    }

    [Fact]
    public async Task Two_chairs_are_refused_in_norwegian_and_the_choices_are_kept()
    {
        var (meeting, client, byName) = await FilledMeetingAsync();
        var form = new Dictionary<string, string>();
        Row(form, 0, byName["Torunn Hagen Dahl"], AttendanceStatus.Present, chair: true);
        Row(form, 1, byName["Camilla Øvrebø"], AttendanceStatus.Absent, chair: true);

        var response = await client.PostFormAsync(Url(meeting), form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bare én deltaker kan være møteleder.", html);
        Assert.Matches("<input(?=[^>]*name=\"Rows\\[1\\].IsChair\")(?=[^>]*checked)[^>]*>", html);
        Assert.Matches("<option selected=\"selected\" value=\"Absent\">", html);

        var stored = await ParticipantsAsync(meeting);
        Assert.False(stored["Camilla Øvrebø"].IsChair);
        Assert.Equal(AttendanceStatus.Unknown, stored["Camilla Øvrebø"].Attendance);
        Assert.Equal(AttendanceStatus.Unknown, stored["Torunn Hagen Dahl"].Attendance);
    }

    [Fact]
    public async Task A_substitute_for_someone_not_in_the_meeting_is_refused()
    {
        var (meeting, client, byName) = await FilledMeetingAsync();
        var outsider = await PersonIdAsync("Kari Anne Holt");
        var form = new Dictionary<string, string>();
        Row(form, 0, byName["Torunn Hagen Dahl"], AttendanceStatus.Present, chair: true);
        Row(form, 1, byName["Lars Tobias Wiik"], AttendanceStatus.Present, substituteFor: outsider);

        var html = await (await client.PostFormAsync(Url(meeting), form)).Content.ReadAsStringAsync();
        Assert.Contains("Lars Tobias Wiik kan bare være vara for en som er med i møtet.", html);
        Assert.Null((await ParticipantsAsync(meeting))["Lars Tobias Wiik"].SubstituteForPersonId);
    }

    [Fact]
    public async Task A_row_changed_by_someone_else_is_reported_and_not_overwritten()
    {
        var (meeting, client, byName) = await FilledMeetingAsync();
        var chair = byName["Torunn Hagen Dahl"];
        var first = new Dictionary<string, string>();
        Row(first, 0, chair, AttendanceStatus.Present, chair: true);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Url(meeting), first)).StatusCode);

        var stale = new Dictionary<string, string>();
        Row(stale, 0, chair, AttendanceStatus.Absent, chair: true);
        var html = await (await client.PostFormAsync(Url(meeting), stale)).Content.ReadAsStringAsync();
        Assert.Contains("Noen andre har endret raden for Torunn Hagen Dahl mens du redigerte. Lagret nå: Til stede", html);
        Assert.Equal(AttendanceStatus.Present, (await ParticipantsAsync(meeting))["Torunn Hagen Dahl"].Attendance);
        Assert.Equal((chair.Version + 1).ToString(), TestClient.InputValue(html, "Rows[0].Version"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAttendanceTests(SqliteAppFactory factory) : AttendanceTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAttendanceTests(PostgresAppFactory factory) : AttendanceTests(factory);
