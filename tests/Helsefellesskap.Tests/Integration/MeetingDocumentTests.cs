using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Meetings;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The document downloads over HTTP, for a meeting made in the database: content, headers and who may have them.</summary>
public abstract class MeetingDocumentTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;
    private const string Pdf = "application/pdf";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task The_secretariat_downloads_the_notice_as_pdf_and_docx()
    {
        var meeting = await factory.CreateMeetingAsync(Vestfold, MinutesStatus.NotStarted);
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var pdf = await DownloadAsync(client, $"/{Vestfold}/moter/{meeting.Id}/innkalling.pdf", Pdf, $"innkalling-SSU-{meeting.Date}.pdf");
        var docx = await DownloadAsync(client, $"/{Vestfold}/moter/{meeting.Id}/innkalling.docx", Docx, $"innkalling-SSU-{meeting.Date}.docx");

        var pdfText = ReadBack.Pdf(pdf);
        var docxText = ReadBack.Docx(docx);
        foreach (var title in meeting.Titles)
        {
            Assert.Contains(title, pdfText);
            Assert.Contains(title, docxText);
        }
        Assert.Contains($"{meeting.Year}.1", pdfText);
        Assert.Contains("Helsefellesskapet i Vestfold", pdfText);
    }

    [Fact]
    public async Task The_meeting_book_holds_the_notice_case_paper_and_pdf_attachment_with_bookmarks()
    {
        var meeting = await factory.CreateMeetingAsync(Vestfold, MinutesStatus.NotStarted);
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var book = await DownloadAsync(client, $"/{Vestfold}/moter/{meeting.Id}/motebok.pdf", Pdf, $"motebok-SSU-{meeting.Date}.pdf");
        var notice = await DownloadAsync(client, $"/{Vestfold}/moter/{meeting.Id}/innkalling.pdf", Pdf, $"innkalling-SSU-{meeting.Date}.pdf");
        var casePaper = await DownloadAsync(client, $"/{Vestfold}/saker/{meeting.CasePaperItemId}/saksfremlegg.pdf", Pdf, $"saksfremlegg-SSU-{meeting.Year}.2.pdf");

        using var document = PdfPigDocument.Open(book);
        Assert.Equal(ReadBack.PageCount(notice) + ReadBack.PageCount(casePaper) + TestMeetings.AttachmentPages, document.NumberOfPages);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Innkalling", $"{meeting.Year}.2 {meeting.Titles[1]}"], bookmarks.Roots.Select(b => b.Title));
        Assert.Equal(["Saksfremlegg", "Presentasjon"], bookmarks.Roots[1].Children.Select(b => b.Title));
        Assert.Contains("Bakgrunn for saken", ReadBack.Pdf(casePaper));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var meeting = await factory.CreateMeetingAsync(Vestfold, MinutesStatus.Approved);
        var client = TestClient.Anonymous(factory);

        foreach (var url in meeting.DocumentUrls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {url} gave {(int)response.StatusCode}");
            Assert.StartsWith("/konto/logg-inn", TestClient.LocationPath(response));
        }
    }

    [Fact]
    public async Task Draft_minutes_are_not_found_for_a_member_but_are_for_the_secretariat()
    {
        var draft = await factory.CreateMeetingAsync(Vestfold, MinutesStatus.Draft);
        var circulated = await factory.CreateMeetingAsync(Vestfold, MinutesStatus.Circulated);
        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        var secretariat = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        foreach (var extension in new[] { "pdf", "docx" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/{Vestfold}/moter/{draft.Id}/referat.{extension}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/{Vestfold}/moter/{circulated.Id}/referat.{extension}")).StatusCode);
        }
        var minutes = await DownloadAsync(secretariat, $"/{Vestfold}/moter/{draft.Id}/referat.pdf", Pdf, $"referat-SSU-{draft.Date}.pdf");
        Assert.Contains("UTKAST", ReadBack.Pdf(minutes));
        Assert.Contains("Notatet tas til orientering.", ReadBack.Pdf(minutes));
        await DownloadAsync(secretariat, $"/{Vestfold}/moter/{draft.Id}/referat.docx", Docx, $"referat-SSU-{draft.Date}.docx");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/{Vestfold}/moter/{draft.Id}/innkalling.pdf")).StatusCode);
    }

    [Fact]
    public async Task Unknown_meetings_and_items_are_not_found()
    {
        var meeting = await factory.CreateMeetingAsync(Vestfold, MinutesStatus.Approved);
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        foreach (var url in new[] { "innkalling.pdf", "innkalling.docx", "motebok.pdf", "referat.pdf", "referat.docx" }.Select(f => $"/{Vestfold}/moter/{int.MaxValue}/{f}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/saker/{int.MaxValue}/saksfremlegg.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/saker/{meeting.PlainItemId}/saksfremlegg.pdf")).StatusCode);
    }

    private static async Task<byte[]> DownloadAsync(TestClient client, string url, string contentType, string fileName)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal(fileName, disposition?.FileNameStar ?? disposition?.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMeetingDocumentTests(SqliteAppFactory factory) : MeetingDocumentTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMeetingDocumentTests(PostgresAppFactory factory) : MeetingDocumentTests(factory);
