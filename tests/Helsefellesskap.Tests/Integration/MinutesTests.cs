using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>Writing minutes item by item, conflicts between two writers, autosave, and the way to approval and publication.</summary>
public abstract class MinutesTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;
    private const string ConflictMessage = "Noen andre har lagret referatet for denne saken mens du skrev.";
    private const string NotCirculatedMessage = "Referatet må sendes på høring før det kan godkjennes.";

    private static int dayOffset;

    /// <summary>Each test its own meeting date, so the meetings are easy to tell apart when a test fails.</summary>
    private static DateOnly NextDate() => new DateOnly(2030, 1, 1).AddDays(Interlocked.Increment(ref dayOffset));

    private Task<TestClient> AdministratorAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    private static string EditorUrl(Meeting meeting) => $"/{Vestfold}/moter/{meeting.Id}/referat";

    private static string ReadUrl(Meeting meeting) => $"/{Vestfold}/moter/{meeting.Id}/referat/les";

    private static string ItemVersion(string html, int itemId) =>
        Regex.Match(html, $"name=\"Item.ItemId\" value=\"{itemId}\" />\\s*<input type=\"hidden\" name=\"Item.Version\" value=\"(\\d+)\"") is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No form for item {itemId}.");

    private static Dictionary<string, string> ItemFields(int itemId, string version, string summary, string conclusion) => new()
    {
        ["Item.ItemId"] = itemId.ToString(),
        ["Item.Version"] = version,
        ["Item.Summary"] = summary,
        ["Item.Conclusion"] = conclusion,
    };

    private async Task<(Meeting Meeting, int[] Items)> MeetingAsync(params string[] titles)
    {
        var meeting = await factory.CreateAsync("SSU", NextDate(), titles);
        return (meeting, meeting.AgendaItems.OrderBy(i => i.SortOrder).Select(i => i.Id).ToArray());
    }

    private static async Task<HttpResponseMessage> SaveAsync(TestClient client, Meeting meeting, int itemId, string summary, string conclusion = "")
    {
        var html = await client.GetHtmlAsync(EditorUrl(meeting));
        return await client.PostWithTokenAsync($"{EditorUrl(meeting)}?handler=Save",
            ItemFields(itemId, ItemVersion(html, itemId), summary, conclusion), TestClient.AntiforgeryToken(html));
    }

    private static async Task<HttpResponseMessage> StepAsync(TestClient client, Meeting meeting, string handler, Dictionary<string, string>? fields = null) =>
        await client.PostFormAsync($"{EditorUrl(meeting)}?handler={handler}", fields ?? [], EditorUrl(meeting));

    [Fact]
    public async Task The_editor_shows_each_item_with_its_proposed_conclusion_and_the_autosave_script()
    {
        var (meeting, _) = await MeetingAsync("Styringsinformasjon", "Eventuelt");
        var client = await AdministratorAsync();
        var html = await client.GetHtmlAsync(EditorUrl(meeting));
        Assert.Contains($"{meeting.Date.Year}.1 Styringsinformasjon", html);
        Assert.Contains("Forslag til konklusjon for Styringsinformasjon.", html);
        Assert.Contains("Orientering, Beslutning", html);
        Assert.Contains("/js/minutes-autosave.js", html);
        Assert.Contains($"/{Vestfold}/moter/{meeting.Id}/referat.pdf", html);
        Assert.Contains($"/{Vestfold}/moter/{meeting.Id}/referat.docx", html);
        Assert.Equal(2, Regex.Matches(html, "data-autosave-url=").Count);
    }

    [Fact]
    public async Task The_second_save_of_the_same_item_is_told_about_the_conflict_and_keeps_her_text()
    {
        var (meeting, items) = await MeetingAsync("Styringsinformasjon");
        var first = await AdministratorAsync();
        var second = await AdministratorAsync();
        var firstForm = await first.GetHtmlAsync(EditorUrl(meeting));
        var secondForm = await second.GetHtmlAsync(EditorUrl(meeting));

        var saved = await first.PostWithTokenAsync($"{EditorUrl(meeting)}?handler=Save",
            ItemFields(items[0], ItemVersion(firstForm, items[0]), "Tekst fra første", "Første punkt"), TestClient.AntiforgeryToken(firstForm));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var conflict = await second.PostWithTokenAsync($"{EditorUrl(meeting)}?handler=Save",
            ItemFields(items[0], ItemVersion(secondForm, items[0]), "Tekst fra andre", "Andre punkt"), TestClient.AntiforgeryToken(secondForm));
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains(ConflictMessage, html);
        Assert.Matches("<textarea id=\"Item_Summary\"[^>]*>Tekst fra andre</textarea>", html);
        Assert.Matches("<textarea id=\"Item_Conclusion\"[^>]*>Andre punkt</textarea>", html);
        Assert.Matches("data-their-summary>Tekst fra første</div>", html);

        var stored = await factory.ItemAsync(items[0]);
        Assert.Equal("Tekst fra første", stored.MinutesSummary);
        Assert.Equal("Første punkt", stored.Conclusion);

        // Having seen the other text, she saves again on the version the conflict showed her, and that goes through.
        var retry = await second.PostWithTokenAsync($"{EditorUrl(meeting)}?handler=Save",
            ItemFields(items[0], ItemVersion(html, items[0]), "Tekst fra andre, med første", "Andre punkt"), TestClient.AntiforgeryToken(html));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("Tekst fra andre, med første", (await factory.ItemAsync(items[0])).MinutesSummary);
    }

    [Fact]
    public async Task Two_people_write_different_items_at_once_and_the_minutes_become_a_draft()
    {
        var (meeting, items) = await MeetingAsync("Vitality", "Ung Arena+");
        var first = await AdministratorAsync();
        var second = await AdministratorAsync();
        var firstForm = await first.GetHtmlAsync(EditorUrl(meeting));
        var secondForm = await second.GetHtmlAsync(EditorUrl(meeting));

        var a = await first.PostWithTokenAsync($"{EditorUrl(meeting)}?handler=Save",
            ItemFields(items[0], ItemVersion(firstForm, items[0]), "Om Vitality", ""), TestClient.AntiforgeryToken(firstForm));
        var b = await second.PostWithTokenAsync($"{EditorUrl(meeting)}?handler=Save",
            ItemFields(items[1], ItemVersion(secondForm, items[1]), "Om Ung Arena+", "1. Tas til orientering\n2. Legges fram igjen i mai"), TestClient.AntiforgeryToken(secondForm));

        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, b.StatusCode);
        Assert.Equal("Om Vitality", (await factory.ItemAsync(items[0])).MinutesSummary);
        var second2 = await factory.ItemAsync(items[1]);
        Assert.Equal(["Tas til orientering", "Legges fram igjen i mai"], second2.ConclusionPoints);
        Assert.Equal(MinutesStatus.Draft, (await factory.MeetingAsync(meeting.Id)).MinutesStatus);
    }

    [Fact]
    public async Task Autosave_answers_json_and_409_with_the_other_text_on_a_conflict()
    {
        var (meeting, items) = await MeetingAsync("Rehabilitering");
        var client = await AdministratorAsync();
        var html = await client.GetHtmlAsync(EditorUrl(meeting));
        var token = TestClient.AntiforgeryToken(html);
        var version = ItemVersion(html, items[0]);
        var url = $"{EditorUrl(meeting)}?handler=Autosave";

        var saved = await client.PostWithTokenAsync(url, ItemFields(items[0], version, "Utkast en", ""), token);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("application/json", saved.Content.Headers.ContentType?.MediaType);
        using (var json = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()))
        {
            Assert.Equal(int.Parse(version) + 1, json.RootElement.GetProperty("version").GetInt32());
            Assert.True(json.RootElement.GetProperty("savedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        }

        // The same text again on the old version (a retried request) is no conflict.
        var retried = await client.PostWithTokenAsync(url, ItemFields(items[0], version, "Utkast en", ""), token);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);

        var stale = await client.PostWithTokenAsync(url, ItemFields(items[0], version, "Utkast to", ""), token);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using (var json = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()))
        {
            Assert.StartsWith(ConflictMessage, json.RootElement.GetProperty("message").GetString());
            Assert.Equal("Utkast en", json.RootElement.GetProperty("theirSummary").GetString());
            Assert.Equal(int.Parse(version) + 1, json.RootElement.GetProperty("version").GetInt32());
        }
        Assert.Equal("Utkast en", (await factory.ItemAsync(items[0])).MinutesSummary);

        var withoutToken = await client.PostWithTokenAsync(url, ItemFields(items[0], version, "Uten nøkkel", ""), null);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    [Fact]
    public async Task Too_long_text_is_refused_in_norwegian_and_kept()
    {
        var (meeting, items) = await MeetingAsync("Midler fra HSØ");
        var client = await AdministratorAsync();
        var conclusion = new string('x', 8001);
        var response = await SaveAsync(client, meeting, items[0], "Referat som skal beholdes", conclusion);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Konklusjon kan ikke være lengre enn 8000 tegn.", html);
        Assert.Matches("<textarea id=\"Item_Summary\"[^>]*>Referat som skal beholdes</textarea>", html);
        Assert.Equal("0", ItemVersion(html, items[0]));
        Assert.Null((await factory.ItemAsync(items[0])).MinutesSummary);
    }

    [Fact]
    public async Task Approving_minutes_that_are_not_circulated_is_refused()
    {
        var (meeting, items) = await MeetingAsync("Partnerskapskonferanse");
        var client = await AdministratorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, meeting, items[0], "Kort orientering.")).StatusCode);

        var response = await StepAsync(client, meeting, "Approve");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(NotCirculatedMessage, await response.Content.ReadAsStringAsync());
        var stored = await factory.MeetingAsync(meeting.Id);
        Assert.Equal(MinutesStatus.Draft, stored.MinutesStatus);
        Assert.Null(stored.MinutesApprovedAtUtc);
    }

    [Fact]
    public async Task Minutes_are_circulated_approved_by_the_chair_published_and_then_locked()
    {
        var (meeting, items) = await MeetingAsync("Handlingsplan 2025");
        var client = await AdministratorAsync();
        Assert.Contains("Bare et utkast kan sendes på høring", await (await StepAsync(client, meeting, "Circulate")).Content.ReadAsStringAsync());
        Assert.Contains("Referatet må godkjennes før det kan publiseres.", await (await StepAsync(client, meeting, "Publish")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, meeting, items[0], "Planen ble presentert.", "Handlingsplanen vedtas.")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(client, meeting, "Circulate")).StatusCode);
        var circulated = await factory.MeetingAsync(meeting.Id);
        Assert.Equal(MinutesStatus.Circulated, circulated.MinutesStatus);
        Assert.NotNull(circulated.MinutesCirculatedAtUtc);
        Assert.Contains("Godkjenn som møteleder", await client.GetHtmlAsync(EditorUrl(meeting)));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(client, meeting, "Approve")).StatusCode);
        var approved = await factory.MeetingAsync(meeting.Id);
        Assert.Equal(MinutesStatus.Approved, approved.MinutesStatus);
        Assert.Equal(MinutesApproval.ByChair, approved.MinutesApprovedBy);
        Assert.NotNull(approved.MinutesApprovedAtUtc);
        Assert.Null(approved.MinutesPublishedAtUtc);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(client, meeting, "Publish")).StatusCode);
        Assert.NotNull((await factory.MeetingAsync(meeting.Id)).MinutesPublishedAtUtc);

        var html = await client.GetHtmlAsync(EditorUrl(meeting));
        Assert.DoesNotContain("data-autosave-url", html);
        Assert.Contains("Handlingsplanen vedtas.", html);
        var edit = await client.PostWithTokenAsync($"{EditorUrl(meeting)}?handler=Save",
            ItemFields(items[0], "1", "Endret etter godkjenning", ""), TestClient.AntiforgeryToken(html));
        Assert.Contains("Referatet er godkjent og kan ikke endres.", await edit.Content.ReadAsStringAsync());
        var autosave = await client.PostWithTokenAsync($"{EditorUrl(meeting)}?handler=Autosave",
            ItemFields(items[0], "1", "Endret etter godkjenning", ""), TestClient.AntiforgeryToken(html));
        Assert.Equal(HttpStatusCode.Locked, autosave.StatusCode);
        Assert.Equal("Planen ble presentert.", (await factory.ItemAsync(items[0])).MinutesSummary);
    }

    [Fact]
    public async Task Minutes_are_approved_under_the_approval_item_of_a_later_meeting()
    {
        var (earlier, earlierItems) = await MeetingAsync("Fagutvalg HR");
        var later = await factory.CreateAsync("SSU", NextDate(), "Godkjenning av innkalling og dagsorden");
        var approvalItemId = await factory.AddApprovalItemAsync(later, earlier.Id);
        var client = await AdministratorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, earlier, earlierItems[0], "Mandatet ble drøftet.")).StatusCode);
        var approveAtMeeting = new Dictionary<string, string> { ["approvalItemId"] = approvalItemId.ToString() };
        var earlierDate = earlier.Date.ToString("dd.MM.yyyy");

        Assert.DoesNotContain($"Godkjenn referatet fra {earlierDate}", await client.GetHtmlAsync(EditorUrl(later)));
        var refused = await StepAsync(client, later, "ApproveAtMeeting", approveAtMeeting);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(NotCirculatedMessage, await refused.Content.ReadAsStringAsync());
        Assert.Equal(MinutesStatus.Draft, (await factory.MeetingAsync(earlier.Id)).MinutesStatus);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(client, earlier, "Circulate")).StatusCode);
        Assert.Contains($"Godkjenn referatet fra {earlierDate}", await client.GetHtmlAsync(EditorUrl(later)));
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(client, later, "ApproveAtMeeting", approveAtMeeting)).StatusCode);

        var approved = await factory.MeetingAsync(earlier.Id);
        Assert.Equal(MinutesStatus.Approved, approved.MinutesStatus);
        Assert.Equal(MinutesApproval.AtMeeting, approved.MinutesApprovedBy);
        Assert.Equal(approvalItemId, approved.MinutesApprovedInAgendaItemId);
        Assert.Contains($"Referatet fra {earlierDate} er godkjent i denne saken.", await client.GetHtmlAsync(EditorUrl(later)));
        Assert.Equal(MinutesStatus.NotStarted, (await factory.MeetingAsync(later.Id)).MinutesStatus);
    }

    [Fact]
    public async Task Members_cannot_reach_the_editor_but_read_circulated_minutes_and_comment()
    {
        var (meeting, items) = await MeetingAsync("Styringsdata", "Beredskap");
        var administrator = await AdministratorAsync();
        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(administrator, meeting, items[0], "Tallene ble **presentert**.", "Tas til orientering\nSekretariatet følger opp")).StatusCode);

        var editor = await member.GetAsync(EditorUrl(meeting));
        Assert.True(editor.StatusCode == HttpStatusCode.Forbidden || TestClient.LocationPath(editor).StartsWith("/konto/ingen-tilgang", StringComparison.Ordinal),
            $"The editor gave a member {(int)editor.StatusCode} {editor.Headers.Location}");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(ReadUrl(meeting))).StatusCode);
        Assert.Contains("Dette er et utkast", await administrator.GetHtmlAsync(ReadUrl(meeting)));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(administrator, meeting, "Circulate")).StatusCode);
        var page = await member.GetHtmlAsync(ReadUrl(meeting));
        Assert.Contains("Tallene ble <strong>presentert</strong>.", page);
        Assert.Matches("<ol class=\"conclusion\">\\s*<li>Tas til orientering</li>\\s*<li>Sekretariatet følger opp</li>", page);

        var comment = await member.PostFormAsync($"{ReadUrl(meeting)}?handler=Comment",
            new() { ["Comment.AgendaItemId"] = items[1].ToString(), ["Comment.Text"] = "Beredskap bør nevnes i konklusjonen." }, ReadUrl(meeting));
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        var empty = await member.PostFormAsync($"{ReadUrl(meeting)}?handler=Comment", new() { ["Comment.Text"] = " " }, ReadUrl(meeting));
        Assert.Contains("Kommentar må fylles ut.", await empty.Content.ReadAsStringAsync());

        var stored = await factory.WithDbAsync(db => db.MinutesComments.IgnoreQueryFilters().SingleAsync(c => c.MeetingId == meeting.Id));
        Assert.Equal("Marianne Kjos Lie", stored.AuthorName);
        Assert.Equal(items[1], stored.AgendaItemId);
        Assert.Contains("Beredskap bør nevnes i konklusjonen.", await member.GetHtmlAsync(ReadUrl(meeting)));
        Assert.Contains("Beredskap bør nevnes i konklusjonen.", await administrator.GetHtmlAsync(EditorUrl(meeting)));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(administrator, meeting, "Approve")).StatusCode);
        var late = await member.PostFormAsync($"{ReadUrl(meeting)}?handler=Comment", new() { ["Comment.Text"] = "For sent." }, ReadUrl(meeting));
        Assert.Contains("Referatet er ikke på høring", await late.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.MinutesComments.IgnoreQueryFilters().CountAsync(c => c.MeetingId == meeting.Id)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMinutesTests(SqliteAppFactory factory) : MinutesTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMinutesTests(PostgresAppFactory factory) : MinutesTests(factory);
