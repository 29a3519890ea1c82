using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// The public site as an anonymous visitor sees it: the pages, the public files, what is never shown before it is
/// published (or ever, for restricted items), the output cache with its ETags, and the not-found page.
/// </summary>
public abstract class PublicSiteTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task Nothing_unpublished_or_restricted_reaches_anonymous_visitors_and_publishing_shows_the_rest_at_once()
    {
        var scenario = await LeakScenario.CreateAsync(factory, 2301);
        var anonymous = TestClient.Anonymous(factory);
        var secretariat = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        // Planned: time and place are public, nothing of the agenda.
        var planned = await anonymous.GetHtmlAsync(scenario.PageUrl);
        Assert.Contains("Testsalen", planned);
        Assert.Contains("Innkallingen er ikke publisert ennå", planned);
        AssertNone(planned, [scenario.PublicTitle, scenario.RestrictedTitle, .. scenario.AllTexts]);
        foreach (var url in scenario.FileUrls)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        }

        // The secretariat issues the notice: the agenda and the public item's papers appear on the next visit.
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostFormAsync($"/{Vestfold}/moter/{scenario.MeetingId}/innkalling", [])).StatusCode);
        var issued = await anonymous.GetHtmlAsync(scenario.PageUrl);
        Assert.Contains(scenario.PublicTitle, issued);
        Assert.Contains(scenario.RestrictedTitle, issued);
        Assert.Contains("Offl. § 14", issued);
        Assert.Contains($"id=\"sak-{scenario.PublicItemId}\"", issued);
        Assert.Contains($"id=\"vedlegg-{scenario.PublicAttachmentId}\"", issued);
        Assert.Contains(scenario.PublicAttachmentUrl, issued);
        foreach (var text in scenario.PublicAgendaTexts)
        {
            Assert.Contains(text, issued);
        }
        AssertNone(issued, [.. scenario.RestrictedTexts, .. scenario.PublicMinutesTexts, scenario.RestrictedAttachmentUrl]);
        Assert.Contains("Referatet er ikke publisert ennå", issued);

        var attachment = await anonymous.GetAsync(scenario.PublicAttachmentUrl);
        Assert.Equal(HttpStatusCode.OK, attachment.StatusCode);
        Assert.Equal("nosniff", attachment.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", attachment.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("attachment", attachment.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"\"{LeakScenario.Sha}\"", attachment.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(scenario.RestrictedAttachmentUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(scenario.MinutesPdfUrl)).StatusCode);

        var notice = await PdfTextAsync(anonymous, scenario.NoticePdfUrl);
        Assert.Contains(scenario.PublicTitle, notice);
        Assert.Contains(scenario.RestrictedTitle, notice);
        Assert.Contains(scenario.PublicDescription, notice);
        AssertNone(notice, [.. scenario.RestrictedTexts, .. scenario.PublicMinutesTexts]);

        // The secretariat publishes the approved minutes: they appear at once, the restricted item's stay out.
        var minutesPage = $"/{Vestfold}/moter/{scenario.MeetingId}/referat";
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostFormAsync($"{minutesPage}?handler=Publish", [], minutesPage)).StatusCode);
        var published = await anonymous.GetHtmlAsync(scenario.PageUrl);
        Assert.Contains("id=\"referat\"", published);
        foreach (var text in scenario.PublicMinutesTexts)
        {
            Assert.Contains(text, published);
        }
        AssertNone(published, [.. scenario.RestrictedTexts, scenario.RestrictedAttachmentUrl]);
        var minutes = await PdfTextAsync(anonymous, scenario.MinutesPdfUrl);
        Assert.Contains(scenario.PublicMinutesTexts[0], minutes);
        Assert.Contains(scenario.RestrictedTitle, minutes);
        AssertNone(minutes, scenario.RestrictedTexts);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(scenario.RestrictedAttachmentUrl)).StatusCode);
    }

    [Fact]
    public async Task Editing_an_item_shows_on_the_cached_public_page_at_once()
    {
        var scenario = await LeakScenario.CreateAsync(factory, 2302, noticeIssued: true);
        var anonymous = TestClient.Anonymous(factory);
        var first = await anonymous.GetAsync(scenario.PageUrl);
        var again = await anonymous.GetAsync(scenario.PageUrl);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.NotNull(again.Headers.Age);

        var secretariat = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var edit = $"/{Vestfold}/saker/rediger/{scenario.PublicItemId}";
        var form = await secretariat.GetHtmlAsync(edit);
        var renamed = scenario.PublicTitle + " endret";
        var saved = await secretariat.PostWithTokenAsync(edit, new()
        {
            ["Input.Title"] = renamed,
            ["Input.Description"] = scenario.PublicDescription,
            ["Input.Numbered"] = "true",
            ["Input.Version"] = TestClient.InputValue(form, "Input.Version")!,
        }, TestClient.AntiforgeryToken(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await anonymous.GetAsync(scenario.PageUrl);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Contains(renamed, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_conditional_get_is_answered_not_modified_from_the_cache()
    {
        var anonymous = TestClient.Anonymous(factory);
        var url = $"/{Vestfold}/innsyn";
        var first = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl is { Public: true, NoCache: true }, $"Cache-Control: {first.Headers.CacheControl}");

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag);
        var second = await anonymous.Http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Signed_in_members_are_never_served_the_cached_anonymous_page()
    {
        var meetingId = await factory.MeetingIdAsync(Vestfold);
        var url = $"/{Vestfold}/innsyn/moter/{meetingId}";
        var internalLink = $"href=\"/{Vestfold}/moter/{meetingId}\"";
        var anonymous = TestClient.Anonymous(factory);
        Assert.DoesNotContain(internalLink, await anonymous.GetHtmlAsync(url));
        Assert.DoesNotContain(internalLink, await anonymous.GetHtmlAsync(url));

        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        var response = await member.GetAsync(url);
        Assert.Contains(internalLink, await response.Content.ReadAsStringAsync());
        Assert.Null(response.Headers.Age);
        Assert.False(response.Headers.CacheControl?.Public ?? false);
    }

    [Fact]
    public async Task Public_pages_set_no_cookies_and_are_cached_for_anonymous_visitors()
    {
        var anonymous = TestClient.Anonymous(factory);
        foreach (var url in await PublicPagesAsync())
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
            Assert.False(response.Headers.Contains("Set-Cookie"), $"GET {url} sets a cookie: {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])}");
            Assert.True(response.Headers.CacheControl?.Public == true, $"GET {url} is not publicly cacheable");
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task The_front_page_tells_about_the_community_and_links_to_the_public_site()
    {
        var html = await TestClient.Anonymous(factory).GetHtmlAsync($"/{Vestfold}");
        Assert.Contains("Helsefellesskapet i Vestfold", html);
        foreach (var link in new[] { $"/{Vestfold}/innsyn\"", $"/{Vestfold}/parter\"", $"/{Vestfold}/organer\"", $"/{Vestfold}/publisert.atom\"", ".ics\"", $"action=\"/{Vestfold}/sok\"" })
        {
            Assert.Contains(link, html);
        }
        Assert.Matches($"href=\"/{Vestfold}/innsyn/moter/\\d+\"", html);
        Assert.Matches($"href=\"/{Vestfold}/innsyn/moter/\\d+(#referat|#vedlegg-\\d+)?\">(Innkalling|Referat|Vedlegg)", html);
    }

    [Fact]
    public async Task The_calendar_filters_by_body_and_year_and_explains_unknown_values()
    {
        var scenario = await LeakScenario.CreateAsync(factory, 2303);
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var anonymous = TestClient.Anonymous(factory);

        var filtered = await anonymous.GetHtmlAsync($"/{Vestfold}/innsyn?organ={ssu.Id}&ar=2303");
        Assert.Contains($"href=\"{scenario.PageUrl}\"", filtered);
        Assert.Contains("03.05.2303", filtered);
        Assert.Contains("13:00–15:30", filtered);
        Assert.DoesNotContain("Organet du valgte", filtered);

        var otherYear = await anonymous.GetHtmlAsync($"/{Vestfold}/innsyn?organ={ssu.Id}&ar=2024");
        Assert.DoesNotContain(scenario.PageUrl, otherYear);

        foreach (var query in new[] { "organ=abc&ar=%3Cscript%3Ealert(1)%3C/script%3E", "organ=99999999&ar=1066", "organ=-1&ar=2024.5" })
        {
            var response = await anonymous.GetAsync($"/{Vestfold}/innsyn?{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Organet du valgte, finnes ikke", html);
            Assert.Contains("Det finnes ingen møter i året du valgte", html);
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains(scenario.PageUrl, html);
        }
    }

    [Fact]
    public async Task Unknown_communities_and_ids_give_the_not_found_page()
    {
        var anonymous = TestClient.Anonymous(factory);
        var otherMeeting = await factory.MeetingIdAsync(DemoLookup.VestreViken);
        var otherAttachment = await factory.CreateAttachmentAsync(DemoLookup.VestreViken);
        string[] inCommunity =
        [
            $"/{Vestfold}/innsyn/moter/{otherMeeting}", $"/{Vestfold}/innsyn/moter/99999999", $"/{Vestfold}/organer/99999999",
            $"/{Vestfold}/innsyn/vedlegg/{otherAttachment}/vedlegg.pdf", $"/{Vestfold}/innsyn/moter/{otherMeeting}/innkalling.pdf",
            $"/{Vestfold}/innsyn/moter/99999999/referat.pdf",
        ];
        foreach (var url in inCommunity)
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} gave {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Fant ikke siden", html);
            Assert.Contains($"action=\"/{Vestfold}/sok\"", html);
            Assert.Contains($"href=\"/{Vestfold}\"", html);
        }
        foreach (var url in new[] { "/finnes-ikke", "/finnes-ikke/innsyn", "/finnes-ikke/innsyn/moter/1" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} gave {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Fant ikke siden", html);
            Assert.Contains("href=\"/\"", html);
        }
    }

    [Fact]
    public async Task Body_pages_show_the_mandate_and_current_members_without_contact_details()
    {
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var people = await factory.WithDbAsync(db => db.Memberships.IgnoreQueryFilters()
            .Where(m => m.BodyId == ssu.Id)
            .Select(m => new { m.Person!.Email, m.Person.Phone })
            .ToListAsync());
        var contacts = people.SelectMany(p => new[] { p.Email, p.Phone }).OfType<string>().ToList();
        Assert.NotEmpty(contacts);
        var anonymous = TestClient.Anonymous(factory);
        foreach (var url in await PublicPagesAsync())
        {
            var html = await anonymous.GetHtmlAsync(url);
            Assert.DoesNotContain("mailto:", html);
            Assert.DoesNotContain("tel:", html);
            foreach (var contact in contacts)
            {
                Assert.False(html.Contains(contact, StringComparison.OrdinalIgnoreCase), $"GET {url} shows {contact}");
            }
        }
        var body = await anonymous.GetHtmlAsync($"/{Vestfold}/organer/{ssu.Id}");
        Assert.Contains("Mandat", body);
        Assert.True(body.IndexOf("<h3>Leder</h3>", StringComparison.Ordinal) is >= 0 and var chair && chair < body.IndexOf("<h3>Medlem</h3>", StringComparison.Ordinal));
    }

    private async Task<string[]> PublicPagesAsync()
    {
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var meetingId = await factory.MeetingIdAsync(Vestfold);
        return
        [
            $"/{Vestfold}", $"/{Vestfold}/organer", $"/{Vestfold}/organer/{ssu.Id}", $"/{Vestfold}/organisasjonskart",
            $"/{Vestfold}/parter", $"/{Vestfold}/innsyn", $"/{Vestfold}/innsyn/moter/{meetingId}",
        ];
    }

    private static async Task<string> PdfTextAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return ReadBack.Pdf(await response.Content.ReadAsByteArrayAsync());
    }

    private static void AssertNone(string text, params string[] markers)
    {
        foreach (var marker in markers)
        {
            Assert.False(text.Contains(marker, StringComparison.Ordinal), $"«{marker}» leaked");
        }
    }

    /// <summary>
    /// An SSU meeting on 3 May of its own year, not yet issued, with approved but unpublished minutes: a public item
    /// and a restricted one (Offl. § 14), each with a description, case paper, attachment and minutes that carry
    /// words found nowhere else.
    /// </summary>
    private sealed record LeakScenario(int MeetingId, int PublicItemId, int PublicAttachmentId, int RestrictedAttachmentId, string PublicTitle, string RestrictedTitle, string Marker)
    {
        public const string Sha = "abababababababababababababababababababababababababababababababab";

        public string PageUrl => $"/{Vestfold}/innsyn/moter/{MeetingId}";

        public string NoticePdfUrl => $"{PageUrl}/innkalling.pdf";

        public string MinutesPdfUrl => $"{PageUrl}/referat.pdf";

        public string PublicAttachmentUrl => $"/{Vestfold}/innsyn/vedlegg/{PublicAttachmentId}/vedlegg.pdf";

        public string RestrictedAttachmentUrl => $"/{Vestfold}/innsyn/vedlegg/{RestrictedAttachmentId}/vedlegg.pdf";

        public string[] FileUrls => [PublicAttachmentUrl, RestrictedAttachmentUrl, NoticePdfUrl, MinutesPdfUrl];

        public string PublicDescription => $"Beskrivelsesord{Marker}";

        public string[] PublicAgendaTexts => [PublicDescription, $"Bakgrunnsord{Marker}", $"Offentligvedlegg{Marker}"];

        public string[] PublicMinutesTexts => [$"Referatord{Marker}", $"Konklusjonsord{Marker}"];

        public string[] RestrictedTexts =>
            [$"Hemmeligbeskrivelse{Marker}", $"Hemmeligbakgrunn{Marker}", $"Hemmeligvedlegg{Marker}", $"Hemmeligreferat{Marker}", $"Hemmeligkonklusjon{Marker}"];

        public string[] AllTexts => [.. PublicAgendaTexts, .. PublicMinutesTexts, .. RestrictedTexts];

        public static async Task<LeakScenario> CreateAsync(AppFactory factory, int year, bool noticeIssued = false)
        {
            var marker = Guid.NewGuid().ToString("N")[..10];
            var publicTitle = $"Offentlig sak {marker}";
            var restrictedTitle = $"Unntatt sak {marker}";
            var meeting = await factory.CreateAsync("SSU", new DateOnly(year, 5, 3), publicTitle, restrictedTitle);
            using var scope = factory.Services.CreateScope();
            var blobKey = await scope.ServiceProvider.GetRequiredService<IBlobStore>()
                .PutAsync(meeting.CommunityId, new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()));
            var db = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Data.AppDbContext>();
            var stored = await db.Meetings.IgnoreQueryFilters().Include(m => m.AgendaItems).SingleAsync(m => m.Id == meeting.Id);
            stored.NoticeRevision = noticeIssued ? 1 : 0;
            stored.MinutesStatus = MinutesStatus.Approved;
            stored.MinutesApprovedAtUtc = DateTime.UtcNow;
            stored.MinutesApprovedBy = MinutesApproval.ByChair;
            var open = stored.AgendaItems.Single(i => i.Title == publicTitle);
            var restricted = stored.AgendaItems.Single(i => i.Title == restrictedTitle);
            Fill(open, "Beskrivelsesord", "Bakgrunnsord", "Offentligvedlegg", "Referatord", "Konklusjonsord");
            Fill(restricted, "Hemmeligbeskrivelse", "Hemmeligbakgrunn", "Hemmeligvedlegg", "Hemmeligreferat", "Hemmeligkonklusjon");
            restricted.IsRestricted = true;
            restricted.RestrictionGround = "Offl. § 14";
            await db.SaveChangesAsync();
            return new LeakScenario(meeting.Id, open.Id, open.Attachments[0].Id, restricted.Attachments[0].Id, publicTitle, restrictedTitle, marker);

            void Fill(AgendaItem item, string description, string background, string attachment, string summary, string conclusion)
            {
                item.Description = $"{description}{marker} i teksten.";
                item.CasePaper = new CasePaper { CommunityId = meeting.CommunityId, Background = $"{background}{marker}.", CaseType = "Beslutningssak" };
                item.Attachments.Add(new Attachment
                {
                    CommunityId = meeting.CommunityId,
                    Title = $"{attachment}{marker}",
                    FileName = "vedlegg.pdf",
                    Kind = AttachmentKind.Pdf,
                    SizeBytes = 16,
                    Sha256 = Sha,
                    BlobKey = blobKey,
                    SortOrder = 1,
                    UploadedAtUtc = DateTime.UtcNow,
                });
                item.MinutesSummary = $"{summary}{marker} ble sagt.";
                item.Conclusion = $"{conclusion}{marker} ble vedtatt.";
            }
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePublicSiteTests(SqliteAppFactory factory) : PublicSiteTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPublicSiteTests(PostgresAppFactory factory) : PublicSiteTests(factory);
