using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// The statistics page, exports, committee report and API over reports made for one year of its own (no demo or other
/// test uses years before 2020; every other year, as each test also makes a report that belongs to the next year):
/// 7 in category C from Tønsberg and 3 in D from Horten, both to the hospital.
/// </summary>
public abstract class DeviationStatisticsTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private Task<TestClient> SecretariatAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    private Task<TestClient> CommitteeMemberAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

    [Fact]
    public async Task The_page_shows_the_secretariat_every_count_and_others_no_small_one()
    {
        var year = await SeedAsync(2001);
        var url = $"/{Vestfold}/avvik/statistikk?ar={year.Year}";

        var secretariat = await (await SecretariatAsync()).GetHtmlAsync(url);
        Assert.Contains($"data-key=\"{year.C}\">7<", secretariat);
        Assert.Contains($"data-key=\"{year.D}\">3<", secretariat);
        Assert.Contains("id=\"statistics-total\">10<", secretariat);
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-category-title chart-category-desc\"", secretariat);
        Assert.DoesNotContain("style=", secretariat);

        var member = await (await CommitteeMemberAsync()).GetHtmlAsync(url);
        Assert.Contains($"data-key=\"{year.D}\">&lt;5<", member);
        Assert.Contains($"data-key=\"{year.C}\">≥5<", member);
        Assert.Contains("id=\"statistics-total\">10<", member);
        Assert.DoesNotContain($"data-key=\"{year.D}\">3<", member);
        // The quarter of the report sent 00:30 on New Year's Day, Norwegian time, is the first: 5 then.
        Assert.Contains("data-key=\"Q1\">5<", member);
    }

    [Fact]
    public async Task The_csv_is_for_Norwegian_Excel_and_suppressed_for_everyone_but_the_secretariat()
    {
        var year = await SeedAsync(2003);
        var url = $"/{Vestfold}/avvik/statistikk.csv?ar={year.Year}";

        var response = await (await SecretariatAsync()).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"avviksstatistikk-{year.Year}.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains($"\r\n{year.CLabel};7\r\n", csv);
        Assert.Contains($"\r\n{year.DLabel};3\r\n", csv);
        Assert.Contains("\r\nAntall sendte avvik;10\r\n", csv);
        Assert.Contains("\r\nFra sendt til mottatt;10;5,5;9,1\r\n", csv);

        var member = await (await CommitteeMemberAsync()).GetAsync(url);
        var memberCsv = await member.Content.ReadAsStringAsync();
        Assert.Contains($"\r\n{year.DLabel};<5\r\n", memberCsv);
        Assert.DoesNotContain($"\r\n{year.DLabel};3\r\n", memberCsv);
        // Four reports were closed: too few for their durations to be shown.
        Assert.Contains("\r\nFra sendt til lukket;<5;;\r\n", memberCsv);
    }

    [Fact]
    public async Task The_json_gives_hidden_counts_as_null_and_filters_by_partner()
    {
        var year = await SeedAsync(2005);
        var url = $"/api/{Vestfold}/avvik/statistikk?ar={year.Year}";

        using (var secretariat = await JsonAsync(await SecretariatAsync(), url))
        {
            var root = secretariat.RootElement;
            Assert.False(root.GetProperty("smallCountsSuppressed").GetBoolean());
            Assert.Equal(10, root.GetProperty("total").GetProperty("count").GetInt32());
            Assert.Equal(3, Item(root, "Category", year.D).GetProperty("count").GetInt32());
            Assert.Equal(5.5, root.GetProperty("toAcknowledged").GetProperty("medianDays").GetDouble());
            Assert.Equal(9.1, root.GetProperty("toAcknowledged").GetProperty("percentile90Days").GetDouble());
            Assert.Equal(JsonValueKind.Undefined, Item(root, "State", nameof(DeviationState.Draft), optional: true).ValueKind);
        }

        var member = await CommitteeMemberAsync();
        using (var suppressed = await JsonAsync(member, url))
        {
            var root = suppressed.RootElement;
            Assert.True(root.GetProperty("smallCountsSuppressed").GetBoolean());
            var d = Item(root, "Category", year.D);
            Assert.Equal(JsonValueKind.Null, d.GetProperty("count").ValueKind);
            Assert.True(d.GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("toClosed").GetProperty("medianDays").ValueKind);
        }

        using (var horten = await JsonAsync(member, $"{url}&partner={year.Horten}"))
        {
            var total = horten.RootElement.GetProperty("total");
            Assert.Equal(JsonValueKind.Null, total.GetProperty("count").ValueKind);
            Assert.True(total.GetProperty("suppressed").GetBoolean());
        }

        var bad = await member.GetAsync($"/api/{Vestfold}/avvik/statistikk?ar={year.Year}&fra=3&til=2");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("kvartal", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await member.GetAsync($"/api/{Vestfold}/avvik/statistikk?ar=1850")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await member.GetAsync($"/api/{Vestfold}/avvik/statistikk?partner=999999")).StatusCode);
    }

    [Fact]
    public async Task The_xlsx_has_a_sheet_per_breakdown_with_the_counts()
    {
        var year = await SeedAsync(2007);
        var response = await (await SecretariatAsync()).GetAsync($"/{Vestfold}/avvik/statistikk.xlsx?ar={year.Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == "Kategori");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.CellValue?.Text ?? c.InnerText).ToList())
            .ToList();
        Assert.Contains(rows, r => r.SequenceEqual([year.CLabel, "7"]));
        Assert.Contains(rows, r => r.SequenceEqual([year.DLabel, "3"]));
        Assert.Contains("Kvartal", workbook.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public async Task The_committee_report_is_suppressed_even_for_the_secretariat()
    {
        var year = await SeedAsync(2009);
        var response = await (await SecretariatAsync()).GetAsync($"/{Vestfold}/avvik/statistikk/rapport.pdf?ar={year.Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = ReadBack.Pdf(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Samhandlingsavvik – rapport til utvalget", text);
        Assert.Contains($"Statistikk for {year.Year}", text);
        Assert.Contains($"{year.DLabel} <5", text);
        Assert.DoesNotContain($"{year.DLabel} 3", text);
    }

    [Fact]
    public async Task The_secretariat_attaches_the_report_to_an_upcoming_committee_item()
    {
        var year = await SeedAsync(2011);
        var today = OsloTime.Today(TimeProvider.System);
        var meeting = await factory.CreateAsync("FSU", today.AddDays(40), $"Avvik {year.Year}");
        var itemId = meeting.AgendaItems.Single().Id;
        var client = await SecretariatAsync();
        var page = $"/{Vestfold}/avvik/statistikk?ar={year.Year}";
        Assert.Contains($"<option value=\"{itemId}\">", await client.GetHtmlAsync(page));

        var response = await client.PostFormAsync($"/{Vestfold}/avvik/statistikk?handler=Attach&ar={year.Year}", new() { ["sak"] = itemId.ToString() }, page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/{Vestfold}/avvik/statistikk?ar={year.Year}", TestClient.LocationPath(response));
        var attachment = await factory.WithDbAsync(db => db.Attachments.IgnoreQueryFilters().SingleAsync(a => a.AgendaItemId == itemId));
        Assert.Equal($"avviksrapport-{year.Year}.pdf", attachment.FileName);
        Assert.Equal(AttachmentKind.Pdf, attachment.Kind);
        Assert.Equal(64, attachment.Sha256.Length);
        Assert.Contains("<5", attachment.ExtractedText);
        Assert.Contains($"«{attachment.Title}» er lagt ved saken", await client.GetHtmlAsync(TestClient.LocationPath(response)));

        var past = await factory.CreateAsync("FSU", today.AddDays(-1), "Forrige møte");
        var refused = await client.PostFormAsync($"/{Vestfold}/avvik/statistikk?handler=Attach&ar={year.Year}", new() { ["sak"] = past.AgendaItems.Single().Id.ToString() }, page);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Velg en sak i et kommende møte", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_secretariat_may_attach_the_report()
    {
        var today = OsloTime.Today(TimeProvider.System);
        var meeting = await factory.CreateAsync("SSU", today.AddDays(30), "Avvik for medlemmer");
        var itemId = meeting.AgendaItems.Single().Id;
        var member = await CommitteeMemberAsync();
        var page = $"/{Vestfold}/avvik/statistikk?ar=2013";
        Assert.DoesNotContain("handler=Attach", await member.GetHtmlAsync(page));
        var response = await member.PostFormAsync($"/{Vestfold}/avvik/statistikk?handler=Attach&ar=2013", new() { ["sak"] = itemId.ToString() }, page);
        // As everywhere on pages: refused with the access-denied page.
        Assert.StartsWith("/konto/ingen-tilgang", TestClient.LocationPath(response));
        Assert.False(await factory.WithDbAsync(db => db.Attachments.IgnoreQueryFilters().AnyAsync(a => a.AgendaItemId == itemId)));
    }

    [Fact]
    public async Task The_api_is_described_in_the_openapi_document()
    {
        var json = await TestClient.Anonymous(factory).GetHtmlAsync("/api/openapi/v1.json");
        Assert.Contains("\"operationId\": \"GetDeviationStatistics\"", json);
        Assert.Contains("suppressed = true", json);
        Assert.Contains("\"Avvik\"", json);
    }

    private static async Task<JsonDocument> JsonAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static JsonElement Item(JsonElement root, string dimension, object key, bool optional = false)
    {
        var items = root.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == dimension).GetProperty("items");
        var matches = items.EnumerateArray().Where(i => i.GetProperty("key").GetString() == key.ToString()).ToList();
        return optional && matches.Count == 0 ? default : Assert.Single(matches);
    }

    private sealed record SeededYear(int Year, int C, int D, string CLabel, string DLabel, int Horten);

    /// <summary>
    /// In <paramref name="year"/> (Norwegian time): 7 C reports from Tønsberg (one sent 00:30 on New Year's Day), 3 D
    /// reports from Horten, each acknowledged 1–10 days after sending and four of them closed; and what must not
    /// count: two drafts and a report sent 00:30 on New Year's Day of the next year.
    /// </summary>
    private Task<SeededYear> SeedAsync(int year) => factory.WithDbAsync(async db =>
    {
        var communityId = await factory.CommunityIdAsync(Vestfold);
        var partners = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).ToListAsync();
        var hospital = partners.Single(p => p.Name == "Sykehuset i Vestfold HF");
        var tonsberg = partners.Single(p => p.Name.StartsWith("Tønsberg", StringComparison.Ordinal));
        var horten = partners.Single(p => p.Name.StartsWith("Horten", StringComparison.Ordinal));
        var categories = await db.DeviationCategories.IgnoreQueryFilters()
            .Where(c => c.CommunityId == communityId && c.ParentId == null && (c.Code == "C" || c.Code == "D")).ToListAsync();
        var c = categories.Single(x => x.Code == "C");
        var d = categories.Single(x => x.Code == "D");

        DeviationReport Report(DeviationCategory category, int fromPartner, DateTime? sent, DeviationState state) => new()
        {
            CommunityId = communityId,
            State = state,
            Track = DeviationTrack.Learning,
            ReporterUserId = "statistikktest",
            ReporterName = "Statistikk Test",
            ReportingPartnerId = fromPartner,
            ReceivingPartnerId = hospital.Id,
            Direction = DeviationDirection.MunicipalityToHospital,
            Phase = PathwayPhase.Discharge,
            CategoryId = category.Id,
            Consequence = DeviationConsequence.Minor,
            CreatedAtUtc = sent ?? new DateTime(year, 6, 1, 8, 0, 0, DateTimeKind.Utc),
            SentAtUtc = sent,
        };
        DateTime[] sentTimes =
        [
            new(year - 1, 12, 31, 23, 30, 0, DateTimeKind.Utc),
            new(year, 1, 10, 9, 0, 0, DateTimeKind.Utc), new(year, 2, 3, 9, 0, 0, DateTimeKind.Utc),
            new(year, 3, 4, 9, 0, 0, DateTimeKind.Utc), new(year, 3, 30, 9, 0, 0, DateTimeKind.Utc),
            new(year, 8, 5, 9, 0, 0, DateTimeKind.Utc), new(year, 9, 6, 9, 0, 0, DateTimeKind.Utc),
            new(year, 5, 7, 9, 0, 0, DateTimeKind.Utc), new(year, 5, 8, 9, 0, 0, DateTimeKind.Utc), new(year, 6, 9, 9, 0, 0, DateTimeKind.Utc),
        ];
        var reports = sentTimes.Select((sent, n) =>
        {
            var report = Report(n < 7 ? c : d, n < 7 ? tonsberg.Id : horten.Id, sent, n < 4 ? DeviationState.Closed : DeviationState.Acknowledged);
            report.AcknowledgedAtUtc = sent.AddDays(n + 1);
            report.ClosedAtUtc = n < 4 ? sent.AddDays(20 + n) : null;
            return report;
        }).ToList();
        reports.Add(Report(c, tonsberg.Id, null, DeviationState.Draft));
        reports.Add(Report(c, tonsberg.Id, null, DeviationState.Draft));
        reports.Add(Report(c, tonsberg.Id, new DateTime(year, 12, 31, 23, 30, 0, DateTimeKind.Utc), DeviationState.Sent));
        db.DeviationReports.AddRange(reports);
        await db.SaveChangesAsync();
        return new SeededYear(year, c.Id, d.Id, c.Label, d.Label, horten.Id);
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeviationStatisticsTests(SqliteAppFactory factory) : DeviationStatisticsTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeviationStatisticsTests(PostgresAppFactory factory) : DeviationStatisticsTests(factory);
