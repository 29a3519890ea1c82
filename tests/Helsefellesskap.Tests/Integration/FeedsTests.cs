using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using IcalCalendar = Ical.Net.Calendar;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// The Atom feed of published documents, the sitemaps, robots.txt and the public body calendar, read anonymously:
/// what is published appears, and nothing unpublished or restricted ever does.
/// </summary>
public abstract class FeedsTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private string BaseUrl => factory.Services.GetRequiredService<IOptions<EmailOptions>>().Value.PublicBaseUrl.TrimEnd('/');

    [Fact]
    public async Task Documents_enter_the_feed_as_they_are_published_and_nothing_unpublished_or_restricted_does()
    {
        var scenario = await FeedScenario.CreateAsync(factory);
        var anonymous = TestClient.Anonymous(factory);

        var planned = await FeedAsync(anonymous, scenario.FeedUrl);
        Assert.Empty(planned.Entries);
        scenario.AssertShowsNothingOf(planned.Text, scenario.PublicOnceNoticed);
        scenario.AssertShowsNothingOf(planned.Text, scenario.NeverPublic);
        var plannedCalendar = await CalendarAsync(anonymous, scenario);
        scenario.AssertShowsNothingOf(plannedCalendar.Text, scenario.PublicOnceNoticed);
        Assert.Equal(new Uri($"{BaseUrl}/{Vestfold}/innsyn/moter/{scenario.MeetingId}"), Assert.Single(plannedCalendar.Calendar.Events).Url);

        var administrator = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        Assert.Equal(HttpStatusCode.Redirect, (await administrator.PostFormAsync($"/{Vestfold}/moter/{scenario.MeetingId}/innkalling", [])).StatusCode);

        var noticed = await FeedAsync(anonymous, scenario.FeedUrl);
        Assert.Equal(2, noticed.Entries.Count);
        var notice = noticed.Single($"Innkalling: FT {scenario.Date} – {scenario.Topic}");
        Assert.Equal($"{BaseUrl}/{Vestfold}/innsyn/moter/{scenario.MeetingId}", notice.Link);
        Assert.Equal($"{scenario.BodyName}, møte {scenario.Date}", notice.Summary);
        var attachment = noticed.Single($"Vedlegg: {scenario.PublicAttachmentTitle} (FT {scenario.Date})");
        Assert.Equal($"{BaseUrl}/{Vestfold}/innsyn/vedlegg/{scenario.PublicAttachmentId}/{scenario.PublicAttachmentFile}", attachment.Link);
        scenario.AssertShowsNothingOf(noticed.Text, scenario.NeverPublic);
        Assert.DoesNotContain("#referat", noticed.Text);
        var noticedCalendar = await CalendarAsync(anonymous, scenario);
        Assert.Equal($"FT: {scenario.Topic}", Assert.Single(noticedCalendar.Calendar.Events).Summary);
        scenario.AssertShowsNothingOf(noticedCalendar.Text, scenario.NeverPublic);

        var late = $"Ettersendt notat SENT{scenario.Suffix}";
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(administrator, scenario.PublicItemId, late)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(administrator, scenario.RestrictedItemId, scenario.LateRestrictedAttachmentTitle)).StatusCode);
        var uploaded = await FeedAsync(anonymous, scenario.FeedUrl);
        Assert.Equal(3, uploaded.Entries.Count);
        Assert.Equal($"Vedlegg: {late} (FT {scenario.Date})", uploaded.Entries[0].Title);
        Assert.Contains($"{BaseUrl}/{Vestfold}/innsyn/vedlegg/", uploaded.Entries[0].Link);
        scenario.AssertShowsNothingOf(uploaded.Text, scenario.NeverPublic);
        Assert.DoesNotContain("#referat", uploaded.Text);

        await scenario.PublishMinutesAsync(factory);
        foreach (var url in new[] { scenario.FeedUrl, $"/{Vestfold}/publisert.atom" })
        {
            var published = await FeedAsync(anonymous, url);
            var minutes = published.Entries[0];
            Assert.Equal($"Referat: FT {scenario.Date} – {scenario.Topic}", minutes.Title);
            Assert.Equal($"{BaseUrl}/{Vestfold}/innsyn/moter/{scenario.MeetingId}#referat", minutes.Link);
            scenario.AssertShowsNothingOf(published.Text, scenario.NeverPublic);
        }
        Assert.Equal(4, (await FeedAsync(anonymous, scenario.FeedUrl)).Entries.Count);
        scenario.AssertShowsNothingOf((await CalendarAsync(anonymous, scenario)).Text, scenario.NeverPublic);
    }

    [Fact]
    public async Task The_feed_is_valid_atom_newest_first_with_stable_ids_and_is_served_from_the_public_cache()
    {
        var scenario = await FeedScenario.CreateAsync(factory);
        await scenario.IssueNoticeAsync(factory);
        var anonymous = TestClient.Anonymous(factory);

        var response = await anonymous.GetAsync(scenario.FeedUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.StartsWith("tag:", feed.Element(Atom + "id")!.Value);
        Assert.Contains(scenario.BodyName, feed.Element(Atom + "title")!.Value);
        Assert.Equal($"{BaseUrl}/{Vestfold}/publisert.atom?organ={scenario.BodyId}", LinkOf(feed, "self"));
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.Max(), DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture));
        foreach (var entry in entries)
        {
            Assert.StartsWith("tag:", entry.Element(Atom + "id")!.Value);
            Assert.NotNull(entry.Element(Atom + "published"));
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
        }
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);

        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("public", response.Headers.CacheControl!.ToString());
        var again = new HttpRequestMessage(HttpMethod.Get, scenario.FeedUrl);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.Http.SendAsync(again)).StatusCode);
        var ids = entries.Select(e => e.Element(Atom + "id")!.Value).ToList();

        await scenario.PublishMinutesAsync(factory);
        var after = await FeedAsync(anonymous, scenario.FeedUrl);
        Assert.Equal(3, after.Entries.Count);
        Assert.Equal(ids, after.Entries.Skip(1).Select(e => e.Id));
    }

    [Fact]
    public async Task Another_communitys_feed_and_sitemap_show_nothing_of_this_communitys_documents()
    {
        var scenario = await FeedScenario.CreateAsync(factory);
        await scenario.IssueNoticeAsync(factory);
        await scenario.PublishMinutesAsync(factory);
        var anonymous = TestClient.Anonymous(factory);
        Assert.Contains(scenario.Topic, (await FeedAsync(anonymous, $"/{Vestfold}/publisert.atom")).Text);

        var other = await FeedAsync(anonymous, $"/{DemoLookup.VestreViken}/publisert.atom");
        scenario.AssertShowsNothingOf(other.Text, [scenario.Topic, scenario.PublicAttachmentTitle, $"/{Vestfold}/"]);
        var otherSitemap = await anonymous.GetAsync($"/{DemoLookup.VestreViken}/sitemap.xml");
        var locations = Locations(XDocument.Parse(await otherSitemap.Content.ReadAsStringAsync()));
        Assert.All(locations, l => Assert.StartsWith($"{BaseUrl}/{DemoLookup.VestreViken}", l));
        Assert.DoesNotContain(locations, l => l.EndsWith($"/innsyn/moter/{scenario.MeetingId}", StringComparison.Ordinal));

        var response = await anonymous.GetAsync($"/{DemoLookup.VestreViken}/publisert.atom?organ={scenario.BodyId}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("0")]
    [InlineData("99999999999")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task A_bad_body_parameter_is_refused_with_problem_details(string organ)
    {
        var response = await TestClient.Anonymous(factory).GetAsync($"/{Vestfold}/publisert.atom?organ={organ}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ugyldig organ", body);
        Assert.DoesNotContain("<script>", body);
        Assert.DoesNotContain("99999999999", body);
    }

    [Theory]
    [InlineData("/finnes-ikke/publisert.atom")]
    [InlineData("/finnes-ikke/sitemap.xml")]
    public async Task An_unknown_community_has_no_feed_or_sitemap(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await TestClient.Anonymous(factory).GetAsync(url)).StatusCode);

    [Fact]
    public async Task The_sitemap_index_names_each_community_whose_sitemap_lists_its_public_pages_and_meetings()
    {
        var scenario = await FeedScenario.CreateAsync(factory);
        var anonymous = TestClient.Anonymous(factory);
        var meetingPage = $"{BaseUrl}/{Vestfold}/innsyn/moter/{scenario.MeetingId}";

        var planned = await SitemapAsync(anonymous, Vestfold);
        var meetingChange = await factory.WithDbAsync(db => db.Meetings.IgnoreQueryFilters()
            .Where(m => m.Id == scenario.MeetingId).Select(m => m.ModifiedAtUtc).SingleAsync());
        Assert.Equal(W3cTime(meetingChange), planned.Urls[meetingPage]);

        await scenario.IssueNoticeAsync(factory);
        // The meeting itself changed long ago: its page changed when its documents did.
        await factory.WithDbAsync(db => db.Meetings.IgnoreQueryFilters().Where(m => m.Id == scenario.MeetingId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ModifiedAtUtc, new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc))));
        var (text, urls) = await SitemapAsync(anonymous, Vestfold);
        var documentChange = await factory.WithDbAsync(db => db.Publications.IgnoreQueryFilters()
            .Where(p => p.MeetingId == scenario.MeetingId).MaxAsync(p => p.ModifiedAtUtc));
        Assert.Equal(W3cTime(documentChange), urls[meetingPage]);
        Assert.InRange(urls.Count, 1, 50_000);
        Assert.All(urls.Keys, l => Assert.StartsWith($"{BaseUrl}/{Vestfold}", l));
        foreach (var page in new[] { "", "/organer", $"/organer/{scenario.BodyId}", "/parter", "/innsyn" })
        {
            Assert.Contains($"{BaseUrl}/{Vestfold}{page}", urls.Keys);
        }
        scenario.AssertShowsNothingOf(text, [.. scenario.PublicOnceNoticed, .. scenario.NeverPublic]);

        var index = await anonymous.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("application/xml", index.Content.Headers.ContentType?.MediaType);
        var indexXml = XDocument.Parse(await index.Content.ReadAsStringAsync());
        Assert.Equal(Sitemap + "sitemapindex", indexXml.Root!.Name);
        var sitemaps = Locations(indexXml);
        Assert.Contains($"{BaseUrl}/{Vestfold}/sitemap.xml", sitemaps);
        Assert.Contains($"{BaseUrl}/{DemoLookup.VestreViken}/sitemap.xml", sitemaps);
    }

    [Fact]
    public async Task Robots_txt_opens_the_public_site_closes_the_rest_and_names_the_sitemap()
    {
        var response = await TestClient.Anonymous(factory).GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("User-agent: *", lines[0]);
        foreach (var expected in new[]
        {
            "Allow: /$", $"Allow: /{Vestfold}$", $"Allow: /{Vestfold}/organer", $"Allow: /{Vestfold}/parter", $"Allow: /{Vestfold}/innsyn",
            $"Allow: /{Vestfold}/publisert.atom", $"Allow: /{DemoLookup.VestreViken}/innsyn",
            "Disallow: /api/", "Disallow: /konto/", "Disallow: /", $"Sitemap: {BaseUrl}/sitemap.xml",
        })
        {
            Assert.Contains(expected, lines);
        }
        Assert.DoesNotContain(lines, l => l.StartsWith("Allow:", StringComparison.Ordinal) && (l.Contains("/moter") || l.Contains("/sok") || l.Contains("/api")));
    }

    [Fact]
    public async Task Community_pages_announce_the_feed()
    {
        var html = await TestClient.Anonymous(factory).GetHtmlAsync($"/{Vestfold}/organer");
        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Nye dokumenter – ", html);
        Assert.Contains($"href=\"/{Vestfold}/publisert.atom\"", html);
    }

    private static Task<HttpResponseMessage> UploadAsync(TestClient client, int itemId, string title)
    {
        var manage = $"/{Vestfold}/saker/{itemId}/vedlegg";
        return client.PostMultipartAsync($"{manage}?handler=Upload", new() { ["Upload.Title"] = title }, new FilePart("Upload.File", "notat.pdf", TestFiles.Pdf()), manage);
    }

    private static async Task<FeedRead> FeedAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        var entries = XDocument.Parse(text).Root!.Elements(Atom + "entry")
            .Select(e => new FeedEntry(
                e.Element(Atom + "id")!.Value,
                e.Element(Atom + "title")!.Value,
                LinkOf(e, "alternate"),
                e.Element(Atom + "summary")!.Value))
            .ToList();
        return new FeedRead(text, entries);
    }

    private static async Task<(string Text, IcalCalendar Calendar)> CalendarAsync(TestClient client, FeedScenario scenario)
    {
        var text = await client.Http.GetStringAsync($"/{Vestfold}/kalender/organ/{scenario.BodyId}.ics");
        return (text, IcalCalendar.Load(text)!);
    }

    private static string LinkOf(XElement element, string rel) =>
        element.Elements(Atom + "link").Single(l => ((string?)l.Attribute("rel") ?? "alternate") == rel).Attribute("href")!.Value;

    private static async Task<(string Text, Dictionary<string, string?> Urls)> SitemapAsync(TestClient client, string slug)
    {
        var response = await client.GetAsync($"/{slug}/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var sitemap = XDocument.Parse(text).Root!;
        Assert.Equal(Sitemap + "urlset", sitemap.Name);
        return (text, sitemap.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value));
    }

    private static string W3cTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static List<string> Locations(XDocument sitemap) =>
        sitemap.Root!.Elements().Select(e => e.Element(Sitemap + "loc")!.Value).ToList();

    private sealed record FeedEntry(string Id, string Title, string Link, string Summary);

    private sealed record FeedRead(string Text, List<FeedEntry> Entries)
    {
        public FeedEntry Single(string title) => Assert.Single(Entries, e => e.Title == title);
    }
}

/// <summary>
/// A body of its own ("FT") with one planned meeting in a year no other test uses: a public item with an attachment
/// and a restricted item with an attachment, minutes written for both; every text carries a marker word.
/// </summary>
public sealed record FeedScenario(string Suffix, int BodyId, string BodyName, int MeetingId, string Date, int PublicItemId, int RestrictedItemId, int PublicAttachmentId)
{
    public string FeedUrl => $"/{DemoLookup.Vestfold}/publisert.atom?organ={BodyId}";

    public string Topic => $"Feedtema TEMA{Suffix}";

    public string PublicAttachmentTitle => $"Offentlig vedlegg PUBVEDLEGG{Suffix}";

    public string PublicAttachmentFile => $"offentlig-{Suffix}.pdf";

    public string LateRestrictedAttachmentTitle => $"Ettersendt HEMMELIGETTERSENDT{Suffix}";

    /// <summary>What the public sees once the notice is issued, and not before.</summary>
    public string[] PublicOnceNoticed => [Topic, PublicAttachmentTitle, PublicAttachmentFile, $"Offentlig sak OFFSAK{Suffix}", $"Unntatt sak UNNTATTSAK{Suffix}"];

    /// <summary>Restricted content, and texts that no feed carries at all.</summary>
    public string[] NeverPublic =>
    [
        $"HEMMELIGTEKST{Suffix}", $"HEMMELIGVEDLEGG{Suffix}", $"hemmelig-{Suffix}.pdf", $"HEMMELIGREFERAT{Suffix}",
        $"HEMMELIGETTERSENDT{Suffix}", $"OFFENTLIGTEKST{Suffix}", $"REFERATTEKST{Suffix}",
    ];

    public void AssertShowsNothingOf(string text, IEnumerable<string> markers)
    {
        foreach (var marker in markers)
        {
            Assert.False(text.Contains(marker, StringComparison.OrdinalIgnoreCase), $"«{marker}» was shown");
        }
    }

    public static async Task<FeedScenario> CreateAsync(AppFactory factory)
    {
        var communityId = await factory.CommunityIdAsync(DemoLookup.Vestfold);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var date = new DateOnly(2090 + Random.Shared.Next(0, 9), 5, Random.Shared.Next(1, 28));
        return await factory.WithDbAsync(async db =>
        {
            var body = new Body { CommunityId = communityId, Name = $"Feedutvalget {suffix}", ShortName = "FT", Type = BodyType.WorkingGroup };
            var matter = new Matter { CommunityId = communityId, Title = $"Feedsak {suffix}", OriginBody = body };
            var meeting = new Meeting
            {
                CommunityId = communityId,
                Body = body,
                Date = date,
                StartTime = new TimeOnly(10, 0),
                EndTime = new TimeOnly(12, 0),
                Location = "Tønsberg",
                Topic = $"Feedtema TEMA{suffix}",
                Status = MeetingStatus.Planned,
            };
            var open = Item(1, $"Offentlig sak OFFSAK{suffix}", $"OFFENTLIGTEKST{suffix}", $"REFERATTEKST{suffix}");
            open.Attachments.Add(NewAttachment($"Offentlig vedlegg PUBVEDLEGG{suffix}", $"offentlig-{suffix}.pdf"));
            var restricted = Item(2, $"Unntatt sak UNNTATTSAK{suffix}", $"HEMMELIGTEKST{suffix}", $"HEMMELIGREFERAT{suffix}");
            restricted.IsRestricted = true;
            restricted.RestrictionGround = "Offl. § 13";
            restricted.Attachments.Add(NewAttachment($"Vedlegg HEMMELIGVEDLEGG{suffix}", $"hemmelig-{suffix}.pdf"));
            meeting.AgendaItems.AddRange(open, restricted);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return new FeedScenario(suffix, body.Id, body.Name, meeting.Id, date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
                open.Id, restricted.Id, open.Attachments[0].Id);

            AgendaItem Item(int order, string title, string description, string minutes) => new()
            {
                CommunityId = communityId,
                Matter = matter,
                SortOrder = order,
                CaseYear = date.Year,
                CaseSequence = order,
                Title = title,
                Description = description,
                MinutesSummary = minutes,
                Conclusion = minutes,
                Types = AgendaItemTypes.Decision,
            };

            Attachment NewAttachment(string title, string fileName) => new()
            {
                CommunityId = communityId,
                Title = title,
                FileName = fileName,
                Kind = AttachmentKind.Pdf,
                Sha256 = new string('0', 64),
                BlobKey = $"{communityId}/finnes-ikke",
                UploadedAtUtc = DateTime.UtcNow,
            };
        });
    }

    /// <summary>The notice as issued, without its documents and e-mails (which other tests cover).</summary>
    public Task IssueNoticeAsync(AppFactory factory) => UpdateAsync(factory, m =>
    {
        m.NoticeRevision = 1;
        m.NoticeIssuedAtUtc = DateTime.UtcNow;
    });

    /// <summary>Approved and published, as the last step of the minutes workflow leaves them.</summary>
    public Task PublishMinutesAsync(AppFactory factory) => UpdateAsync(factory, m =>
    {
        m.MinutesStatus = MinutesStatus.Approved;
        m.MinutesApprovedAtUtc = DateTime.UtcNow;
        m.MinutesApprovedBy = MinutesApproval.ByChair;
        m.MinutesPublishedAtUtc = DateTime.UtcNow;
    });

    private Task UpdateAsync(AppFactory factory, Action<Meeting> change) => factory.WithDbAsync(async db =>
    {
        change(await db.Meetings.IgnoreQueryFilters().SingleAsync(m => m.Id == MeetingId));
        return await db.SaveChangesAsync();
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFeedsTests(SqliteAppFactory factory) : FeedsTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedsTests(PostgresAppFactory factory) : FeedsTests(factory);
