using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PageSize = UglyToad.PdfPig.Content.PageSize;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// Full-text search, page and API: Norwegian stemming, ranking, filters, paging, what anonymous users and members find
/// (nothing unpublished or restricted reaches the public), an index that follows edits, and odd input.
/// </summary>
public abstract class SearchTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    /// <summary>A word no other document contains; it ends in a consonant the stemmer leaves alone.</summary>
    private static string Marker() => "mrk" + Guid.NewGuid().ToString("N")[..10] + "q";

    /// <summary>An agenda item of a test meeting: its texts, and whether only number and title are public.</summary>
    private sealed record ItemSpec(
        string Title, string? Description = null, string? Minutes = null, string? Conclusion = null, bool Restricted = false, string? AttachmentText = null);

    private sealed record Created(int MeetingId, int[] ItemIds);

    /// <summary>A meeting of a Vestfold body with the items; its notice and minutes published or not.</summary>
    private Task<Created> MeetingAsync(string body, int year, bool notice, bool minutes, params ItemSpec[] items) =>
        factory.WithDbAsync(async db =>
        {
            var organ = await factory.BodyAsync(Vestfold, body);
            var meeting = new Meeting
            {
                CommunityId = organ.CommunityId,
                BodyId = organ.Id,
                Date = new DateOnly(year, 6, 1 + Random.Shared.Next(28)),
                StartTime = new TimeOnly(12, 0),
                EndTime = new TimeOnly(14, 0),
                NoticeRevision = notice ? 1 : 0,
                MinutesStatus = minutes ? MinutesStatus.Approved : MinutesStatus.NotStarted,
                MinutesPublishedAtUtc = minutes ? DateTime.UtcNow : null,
            };
            foreach (var (spec, index) in items.Select((s, i) => (s, i)))
            {
                var item = new AgendaItem
                {
                    CommunityId = organ.CommunityId,
                    Matter = new Matter { CommunityId = organ.CommunityId, Title = spec.Title, OriginBodyId = organ.Id, CreatedAtUtc = DateTime.UtcNow },
                    SortOrder = index + 1,
                    CaseYear = year,
                    CaseSequence = 900 + index,
                    NumberFrozen = true,
                    Title = spec.Title,
                    Description = spec.Description,
                    MinutesSummary = spec.Minutes,
                    Conclusion = spec.Conclusion,
                    IsRestricted = spec.Restricted,
                    RestrictionGround = spec.Restricted ? "Offl. § 13, jf. fvl. § 13" : null,
                };
                if (spec.AttachmentText is { } text)
                {
                    item.Attachments.Add(new Attachment
                    {
                        CommunityId = organ.CommunityId,
                        Title = "Vedlegg til saken",
                        FileName = "vedlegg.pdf",
                        Kind = AttachmentKind.Pdf,
                        Sha256 = new string('0', 64),
                        BlobKey = $"{organ.CommunityId}/finnes-ikke",
                        ExtractedText = text,
                        UploadedAtUtc = DateTime.UtcNow,
                    });
                }
                meeting.AgendaItems.Add(item);
            }
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return new Created(meeting.Id, meeting.AgendaItems.OrderBy(i => i.SortOrder).Select(i => i.Id).ToArray());
        });

    private Task PublishAsync(int meetingId, bool notice = false, bool minutes = false) =>
        factory.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.IgnoreQueryFilters().SingleAsync(m => m.Id == meetingId);
            if (notice)
            {
                meeting.NoticeRevision = 1;
            }
            if (minutes)
            {
                meeting.MinutesPublishedAtUtc = DateTime.UtcNow;
            }
            return await db.SaveChangesAsync();
        });

    private sealed record ApiHit(string Type, string Title, string? Body, string? CaseNumber, string Url, string Snippet);

    private sealed record ApiResults(int Total, int Page, List<ApiHit> Results);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<ApiResults> ApiAsync(TestClient client, string query, string community = Vestfold)
    {
        var response = await client.GetAsync($"/api/{community}/sok?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ApiResults>(Json))!;
    }

    private static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    private TestClient Anonymous() => TestClient.Anonymous(factory);

    private Task<TestClient> MemberAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

    [Fact]
    public async Task A_search_for_avtalen_finds_a_text_with_only_avtaler_and_marks_the_word()
    {
        var marker = Marker();
        await MeetingAsync("SSU", 2061, notice: true, minutes: false,
            new ItemSpec($"Revisjon {marker}", $"Partene har inngått flere avtaler om utskrivningsklare pasienter. {marker}"));

        var results = await ApiAsync(Anonymous(), Q($"avtalen {marker}"));

        var hit = Assert.Single(results.Results);
        Assert.Equal("sak", hit.Type);
        Assert.Contains("<mark>avtaler</mark>", hit.Snippet);
        var html = await Anonymous().GetHtmlAsync($"/{Vestfold}/sok?{Q($"avtale {marker}")}");
        Assert.Contains("<mark>avtaler</mark>", html);
        Assert.Contains($"Revisjon {marker}", html);
    }

    [Fact]
    public async Task A_title_hit_ranks_before_a_text_hit()
    {
        var marker = Marker();
        await MeetingAsync("SSU", 2061, notice: true, minutes: false,
            new ItemSpec("Orientering om arbeidet", $"Saken gjelder {marker} og mye annet som skal drøftes i møtet."),
            new ItemSpec($"Tiltak for {marker}", "Kort orientering."));

        var results = await ApiAsync(Anonymous(), Q(marker));

        Assert.Equal(2, results.Total);
        Assert.EndsWith($"Tiltak for {marker}", results.Results[0].Title);
        Assert.EndsWith("Orientering om arbeidet", results.Results[1].Title);
    }

    [Fact]
    public async Task Body_year_and_type_filter_the_results_and_a_phrase_needs_its_words_together()
    {
        var marker = Marker();
        var ssu = await MeetingAsync("SSU", 2062, notice: true, minutes: true,
            new ItemSpec("Utskrivning", $"Helhetlige pasientforløp {marker}.", Conclusion: $"Saken tas til orientering {marker}."));
        await MeetingAsync("FSU", 2063, notice: true, minutes: false,
            new ItemSpec("Forløp", $"Pasientforløp som er helhetlige {marker}."));
        var ssuId = (await factory.BodyAsync(Vestfold, "SSU")).Id;
        var client = Anonymous();

        Assert.Equal(3, (await ApiAsync(client, Q(marker))).Total);
        var bySsu = await ApiAsync(client, $"{Q(marker)}&organ={ssuId}");
        Assert.Equal(2, bySsu.Total);
        Assert.All(bySsu.Results, r => Assert.Equal("SSU", r.Body));
        Assert.Equal("FSU", Assert.Single((await ApiAsync(client, $"{Q(marker)}&ar=2063")).Results).Body);
        var conclusion = Assert.Single((await ApiAsync(client, $"{Q(marker)}&type=vedtak")).Results);
        Assert.Equal($"/{Vestfold}/innsyn/moter/{ssu.MeetingId}#referat", conclusion.Url);
        var phrase = Assert.Single((await ApiAsync(client, Q($"\"helhetlig pasientforløp\" {marker}"))).Results);
        Assert.Equal($"/{Vestfold}/innsyn/moter/{ssu.MeetingId}#sak-{ssu.ItemIds[0]}", phrase.Url);
        Assert.Equal("2062.900", phrase.CaseNumber);
    }

    [Fact]
    public async Task Results_come_twenty_to_a_page_with_the_total()
    {
        var marker = Marker();
        await MeetingAsync("SSU", 2064, notice: true, minutes: false,
            Enumerable.Range(1, 25).Select(n => new ItemSpec($"Sak nummer {n}", $"Tekst om {marker}.")).ToArray());
        var client = Anonymous();

        var first = await ApiAsync(client, Q(marker));
        var second = await ApiAsync(client, $"{Q(marker)}&side=2");

        Assert.Equal((25, 20, 25, 5), (first.Total, first.Results.Count, second.Total, second.Results.Count));
        Assert.Empty(first.Results.Select(r => r.Url).Intersect(second.Results.Select(r => r.Url)));
        var html = await client.GetHtmlAsync($"/{Vestfold}/sok?{Q(marker)}");
        Assert.Contains("25 treff, side 1 av 2", html);
        Assert.Contains($"side=2", html);
        Assert.Empty((await ApiAsync(client, $"{Q(marker)}&side=3")).Results);
    }

    [Fact]
    public async Task An_item_whose_notice_is_not_issued_is_found_only_by_members_until_it_is()
    {
        var marker = Marker();
        var created = await MeetingAsync("SSU", 2065, notice: false, minutes: false, new ItemSpec("Budsjett", $"Utkast {marker}"));
        var member = await MemberAsync();

        await AssertHiddenAsync(marker);
        var found = Assert.Single((await ApiAsync(member, Q(marker))).Results);
        Assert.Equal($"/{Vestfold}/saker/{created.ItemIds[0]}", found.Url);
        Assert.Contains(marker, await member.GetHtmlAsync($"/{Vestfold}/sok?{Q(marker)}"));

        await PublishAsync(created.MeetingId, notice: true);

        Assert.Equal($"/{Vestfold}/innsyn/moter/{created.MeetingId}#sak-{created.ItemIds[0]}", Assert.Single((await ApiAsync(Anonymous(), Q(marker))).Results).Url);
        Assert.Contains($"<mark>{marker}</mark>", await Anonymous().GetHtmlAsync($"/{Vestfold}/sok?{Q(marker)}"));
        Assert.Equal(0, (await ApiAsync(Anonymous(), Q(marker), DemoLookup.VestreViken)).Total);
    }

    [Fact]
    public async Task A_restricted_items_text_and_attachment_are_found_only_by_members()
    {
        var text = Marker();
        var file = Marker();
        await MeetingAsync("SSU", 2065, notice: true, minutes: true,
            new ItemSpec("Personalsak", $"Taushetsbelagt {text}", Minutes: $"Drøftet {text}", Conclusion: $"Vedtatt {text}", Restricted: true, AttachmentText: $"Vedlegg {file}"));
        var member = await MemberAsync();

        await AssertHiddenAsync(text);
        await AssertHiddenAsync(file);
        Assert.Equal(3, (await ApiAsync(member, Q(text))).Total);
        var attachment = Assert.Single((await ApiAsync(member, Q(file))).Results);
        Assert.Equal("vedlegg", attachment.Type);
        Assert.Matches($"^/{Vestfold}/vedlegg/\\d+/vedlegg.pdf$", attachment.Url);
    }

    [Fact]
    public async Task Minutes_are_found_by_the_public_once_published()
    {
        var marker = Marker();
        var created = await MeetingAsync("SSU", 2066, notice: true, minutes: false,
            new ItemSpec("Handlingsplan", "Planen legges frem.", Minutes: $"Diskusjon om {marker}", Conclusion: $"Planen vedtas {marker}"));
        var member = await MemberAsync();

        await AssertHiddenAsync(marker);
        Assert.Equal(2, (await ApiAsync(member, Q(marker))).Total);

        await PublishAsync(created.MeetingId, minutes: true);

        var found = await ApiAsync(Anonymous(), Q(marker));
        Assert.Equal(["referat", "vedtak"], found.Results.Select(r => r.Type).Order());
        Assert.All(found.Results, r => Assert.Equal($"/{Vestfold}/innsyn/moter/{created.MeetingId}#referat", r.Url));
    }

    /// <summary>Neither the page nor the API gives the marker to an anonymous visitor.</summary>
    private async Task AssertHiddenAsync(string marker)
    {
        Assert.Equal(0, (await ApiAsync(Anonymous(), Q(marker))).Total);
        var html = await Anonymous().GetHtmlAsync($"/{Vestfold}/sok?{Q(marker)}");
        Assert.Contains("Ingen treff", html);
        Assert.DoesNotContain($"<mark>{marker}", html);
    }

    [Fact]
    public async Task The_index_follows_the_secretariats_edits_and_deleted_attachments()
    {
        var before = Marker();
        var after = Marker();
        var inFile = Marker();
        var created = await MeetingAsync("SSU", 2067, notice: true, minutes: false, new ItemSpec("Styringsdata", $"Første utkast {before}"));
        var itemId = created.ItemIds[0];
        var secretariat = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var item = await factory.ItemAsync(itemId);

        var edited = await secretariat.PostFormAsync($"/{Vestfold}/saker/rediger/{itemId}", new()
        {
            ["Input.Title"] = "Styringsdata",
            ["Input.Description"] = $"Andre utkast {after}",
            ["Input.Numbered"] = "true",
            ["Input.Version"] = item.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(0, (await ApiAsync(Anonymous(), Q(before))).Total);
        Assert.Single((await ApiAsync(Anonymous(), Q(after))).Results);

        var manage = $"/{Vestfold}/saker/{itemId}/vedlegg";
        var uploaded = await secretariat.PostMultipartAsync($"{manage}?handler=Upload", new() { ["Upload.Title"] = "Rapport" },
            new FilePart("Upload.File", "rapport.pdf", PdfWith($"Rapporten omtaler {inFile}")), manage);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var hit = Assert.Single((await ApiAsync(Anonymous(), Q(inFile))).Results);
        var attachmentId = await factory.WithDbAsync(db => db.Attachments.IgnoreQueryFilters().Where(a => a.AgendaItemId == itemId).Select(a => a.Id).SingleAsync());
        Assert.Equal($"/{Vestfold}/innsyn/vedlegg/{attachmentId}/rapport.pdf", hit.Url);

        var deleted = await secretariat.PostFormAsync($"{manage}?handler=Delete&attachmentId={attachmentId}", new(), manage);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, (await ApiAsync(Anonymous(), Q(inFile))).Total);
        Assert.Equal(0, (await ApiAsync(secretariat, Q(inFile))).Total);
    }

    private static byte[] PdfWith(string text)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText(text, 12, new PdfPoint(50, 750), font);
        return builder.Build();
    }

    [Fact]
    public async Task The_demo_attachments_are_found_by_their_text_and_link_to_the_public_file()
    {
        var results = await ApiAsync(Anonymous(), $"{Q("tilskuddsmidlene")}&type=vedlegg");

        var hit = Assert.Single(results.Results);
        Assert.Equal("Rammer og føringer for samhandlingsmidler fra HSØ", hit.Title);
        Assert.Matches($"^/{Vestfold}/innsyn/vedlegg/\\d+/samhandlingsmidler-hso.pdf$", hit.Url);
        Assert.Contains("<mark>Tilskuddsmidlene</mark>", hit.Snippet);
        Assert.Single((await ApiAsync(Anonymous(), $"{Q("\"helhetlige pasientforløp\" beredskapsplaner")}&type=vedlegg")).Results);
        Assert.Single((await ApiAsync(Anonymous(), $"{Q("Ung Arena+")}&type=vedlegg")).Results);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "", "Skriv inn et søkeord." },
        { "   ", "Skriv inn et søkeord." },
        { new string('a', 501), "Søket er for langt." },
        { "\"", "Søket inneholder ingen ord" },
        { "*", "Søket inneholder ingen ord" },
        { "og det i", "Søket inneholder ingen ord" },
        { "<script>alert(1)</script>", "Ingen treff" },
        { "NEAR(", "Ingen treff" },
        { "a OR", "Ingen treff" },
        { "'; DROP TABLE x;--", "Ingen treff" },
        { "TitleTerms:avtal* AND \"", "Ingen treff" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Odd_input_gives_a_normal_page_with_a_message_and_nothing_unencoded(string query, string message)
    {
        var response = await Anonymous().GetAsync($"/{Vestfold}/sok?{Q(query)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.DoesNotContain("<script>alert", html);
        if (query.Trim().Length is > 0 and <= 500)
        {
            // What was typed stays in the box, encoded.
            Assert.Contains($"value=\"{HtmlEncoder.Default.Encode(query)}\"", html);
        }
    }

    [Theory]
    [InlineData("q=", "Skriv inn et søkeord.")]
    [InlineData("q=avtale&organ=abc", "Velg et organ fra listen.")]
    [InlineData("q=avtale&ar=20x4", "Året må være et årstall")]
    [InlineData("q=avtale&type=%3Cscript%3E", "Velg en dokumenttype fra listen.")]
    [InlineData("q=avtale&side=0", "Sidetallet må være et helt tall")]
    [InlineData("q=%22%20%2A%20%28%29%20og", "Søket inneholder ingen ord")]
    public async Task Bad_api_parameters_get_400_problem_details_in_norwegian(string query, string detail)
    {
        var response = await Anonymous().GetAsync($"/api/{Vestfold}/sok?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Ugyldig søk", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync($"/{Vestfold}/sok?{query}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSearchTests(SqliteAppFactory factory) : SearchTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(PostgresAppFactory factory) : SearchTests(factory);
