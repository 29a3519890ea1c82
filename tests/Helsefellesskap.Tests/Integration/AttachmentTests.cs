using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helsefellesskap.Tests.Integration;

/// <summary>Attachments of agenda items through HTTP: upload checked by content, safe download, who may do what.</summary>
public abstract class AttachmentTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private static string ManageUrl(int itemId) => $"/{Vestfold}/saker/{itemId}/vedlegg";

    private static string UploadUrl(int itemId) => ManageUrl(itemId) + "?handler=Upload";

    private Task<TestClient> SecretariatAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    private static Task<HttpResponseMessage> UploadAsync(TestClient client, int itemId, string fileName, byte[] content, string title = "") =>
        client.PostMultipartAsync(UploadUrl(itemId), new() { ["Upload.Title"] = title }, new FilePart("Upload.File", fileName, content), ManageUrl(itemId));

    private Task<List<Attachment>> AttachmentsOfAsync(int itemId) =>
        factory.WithDbAsync(db => db.Attachments.IgnoreQueryFilters().Where(a => a.AgendaItemId == itemId).OrderBy(a => a.SortOrder).ToListAsync());

    [Fact]
    public async Task A_pdf_is_stored_with_its_hash_and_text_and_downloaded_unchanged_with_safe_headers()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Avvik i samhandlingen");
        var client = await SecretariatAsync();
        var pdf = TestFiles.Pdf();

        var upload = await UploadAsync(client, itemId, "Avviksrapport Tønsberg.pdf", pdf, "Avviksrapport 2. tertial");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var attachment = Assert.Single(await AttachmentsOfAsync(itemId));
        Assert.Equal(AttachmentKind.Pdf, attachment.Kind);
        Assert.Equal("Avviksrapport 2. tertial", attachment.Title);
        Assert.Equal("Avviksrapport Tønsberg.pdf", attachment.FileName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), attachment.Sha256);
        Assert.Equal(pdf.Length, attachment.SizeBytes);
        Assert.Contains(TestFiles.SearchWord, attachment.ExtractedText);
        Assert.Equal(2, attachment.PageCount);

        var page = await client.GetHtmlAsync(ManageUrl(itemId));
        var downloadUrl = $"/{Vestfold}/vedlegg/{attachment.Id}/{Uri.EscapeDataString(attachment.FileName)}";
        Assert.Contains($"href=\"{downloadUrl}\"", page);
        Assert.Contains("1999.1", page);
        Assert.Contains(attachment.Sha256, page);

        var download = await client.GetAsync(downloadUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Avviksrapport Tønsberg.pdf", disposition.FileNameStar);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal($"\"{attachment.Sha256}\"", download.Headers.ETag?.Tag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, downloadUrl);
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{attachment.Sha256}\""));
        Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task Text_named_pdf_is_refused_in_norwegian_keeping_the_title_and_storing_nothing()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Forkledd tekst");
        var client = await SecretariatAsync();

        var response = await UploadAsync(client, itemId, "rapport.pdf", TestFiles.PlainText(), "Rapport fra arbeidsgruppen");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Filen «rapport.pdf» er ikke en PDF-fil", html);
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal("Rapport fra arbeidsgruppen", TestClient.InputValue(html, "Upload.Title"));
        Assert.Empty(await AttachmentsOfAsync(itemId));
    }

    [Fact]
    public async Task Png_named_pdf_is_refused_naming_what_it_is()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Bilde med feil navn");
        var client = await SecretariatAsync();

        var html = await (await UploadAsync(client, itemId, "rapport.pdf", TestFiles.Png())).Content.ReadAsStringAsync();

        Assert.Contains("Filen «rapport.pdf» er ikke en PDF-fil, slik navnet sier, men en PNG-fil.", html);
        Assert.Empty(await AttachmentsOfAsync(itemId));
    }

    [Fact]
    public async Task Word_with_macros_is_refused()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Makroer");
        var client = await SecretariatAsync();

        var html = await (await UploadAsync(client, itemId, "skjema.docx", TestFiles.Docm())).Content.ReadAsStringAsync();

        Assert.Contains("inneholder makroer", html);
        Assert.Empty(await AttachmentsOfAsync(itemId));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_the_limit_in_megabytes()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "For stor fil");
        var client = await SecretariatAsync();
        var tooLarge = new byte[AppFactory.MaxUploadBytes + 1];
        "%PDF-1.7"u8.CopyTo(tooLarge);

        var response = await UploadAsync(client, itemId, "stor.pdf", tooLarge, "Stor rapport");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Filen «stor.pdf» er for stor. Største tillatte filstørrelse er 1 MB.", html);
        Assert.Equal("Stor rapport", TestClient.InputValue(html, "Upload.Title"));
        Assert.Empty(await AttachmentsOfAsync(itemId));
    }

    [Fact]
    public async Task A_request_far_over_the_limit_gets_a_norwegian_error_page()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Altfor stor fil");
        var client = await SecretariatAsync();

        var response = await UploadAsync(client, itemId, "enorm.pdf", new byte[3 * AppFactory.MaxUploadBytes]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Filen er for stor", html);
        Assert.Contains("opptil 1 MB", html);
        Assert.Empty(await AttachmentsOfAsync(itemId));
    }

    [Fact]
    public async Task An_empty_file_or_no_file_is_refused()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Tom fil");
        var client = await SecretariatAsync();

        var empty = await (await UploadAsync(client, itemId, "tom.pdf", [])).Content.ReadAsStringAsync();
        var none = await client.PostFormAsync(UploadUrl(itemId), new() { ["Upload.Title"] = "Uten fil" }, ManageUrl(itemId));

        Assert.Contains("Filen «tom.pdf» er tom.", empty);
        Assert.Contains("Velg en fil som skal lastes opp.", await none.Content.ReadAsStringAsync());
        Assert.Empty(await AttachmentsOfAsync(itemId));
    }

    [Fact]
    public async Task Attachments_are_renamed_reordered_and_deleted_with_their_files()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Flere vedlegg");
        var client = await SecretariatAsync();
        await UploadAsync(client, itemId, "notat.docx", TestFiles.Docx());
        await UploadAsync(client, itemId, "budsjett.xlsx", TestFiles.Xlsx());
        await UploadAsync(client, itemId, "bilde.jpg", TestFiles.Jpeg());
        var uploaded = await AttachmentsOfAsync(itemId);
        Assert.Equal(["notat", "budsjett", "bilde"], uploaded.Select(a => a.Title));
        Assert.Contains(TestFiles.SearchWord, uploaded[0].ExtractedText);
        var (docx, xlsx, jpeg) = (uploaded[0], uploaded[1], uploaded[2]);

        await client.PostFormAsync($"{ManageUrl(itemId)}?handler=Move&attachmentId={jpeg.Id}&direction=opp", new(), ManageUrl(itemId));
        var moved = await AttachmentsOfAsync(itemId);
        Assert.Equal([docx.Id, jpeg.Id, xlsx.Id], moved.Select(a => a.Id));
        var version = moved[2].Version.ToString();

        var blank = await client.PostFormAsync($"{ManageUrl(itemId)}?handler=Rename&attachmentId={xlsx.Id}", new() { ["title"] = " ", ["version"] = version }, ManageUrl(itemId));
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Tittel må fylles ut.", await blank.Content.ReadAsStringAsync());

        var renamed = await client.PostFormAsync($"{ManageUrl(itemId)}?handler=Rename&attachmentId={xlsx.Id}", new() { ["title"] = "Budsjett 2025", ["version"] = version }, ManageUrl(itemId));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        var stale = await client.PostFormAsync($"{ManageUrl(itemId)}?handler=Rename&attachmentId={xlsx.Id}", new() { ["title"] = "Budsjett 2026", ["version"] = version }, ManageUrl(itemId));
        var staleHtml = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Noen andre har lagret endringer", staleHtml);
        Assert.Contains("value=\"Budsjett 2026\"", staleHtml);

        var deleted = await client.PostFormAsync($"{ManageUrl(itemId)}?handler=Delete&attachmentId={docx.Id}", new(), ManageUrl(itemId));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var remaining = await AttachmentsOfAsync(itemId);
        Assert.Equal(["bilde", "Budsjett 2025"], remaining.Select(a => a.Title));
        using var scope = factory.Services.CreateScope();
        var blobs = scope.ServiceProvider.GetRequiredService<IBlobStore>();
        Assert.Null(await blobs.OpenReadAsync(docx.BlobKey));
        await using var kept = await blobs.OpenReadAsync(jpeg.BlobKey);
        Assert.NotNull(kept);
    }

    [Fact]
    public async Task A_member_can_download_but_not_manage()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "For medlemmer");
        var secretariat = await SecretariatAsync();
        await UploadAsync(secretariat, itemId, "bilde.png", TestFiles.Png());
        var attachment = Assert.Single(await AttachmentsOfAsync(itemId));
        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

        var manage = await member.GetAsync(ManageUrl(itemId));
        var download = await member.GetAsync($"/{Vestfold}/vedlegg/{attachment.Id}/bilde.png");

        Assert.True(manage.StatusCode == HttpStatusCode.Forbidden || TestClient.LocationPath(manage).StartsWith("/konto/ingen-tilgang", StringComparison.Ordinal),
            $"The member got {(int)manage.StatusCode} for the manage page");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestFiles.Png(), await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_download()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Ikke for alle");
        await UploadAsync(await SecretariatAsync(), itemId, "bilde.png", TestFiles.Png());
        var attachment = Assert.Single(await AttachmentsOfAsync(itemId));

        var response = await TestClient.Anonymous(factory).GetAsync($"/{Vestfold}/vedlegg/{attachment.Id}/bilde.png");

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized || TestClient.LocationPath(response).StartsWith("/konto/logg-inn", StringComparison.Ordinal),
            $"An anonymous download gave {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Unknown_and_other_communities_attachments_are_not_found()
    {
        var itemId = await factory.CreateAgendaItemAsync(Vestfold, "Bare i Vestfold");
        await UploadAsync(await SecretariatAsync(), itemId, "bilde.png", TestFiles.Png());
        var attachment = Assert.Single(await AttachmentsOfAsync(itemId));
        var otherCommunity = await TestClient.SignedInAsync(factory, DemoAccounts.VestreVikenAdministrator);

        var throughOther = await otherCommunity.GetAsync($"/{DemoLookup.VestreViken}/vedlegg/{attachment.Id}/bilde.png");
        var unknown = await otherCommunity.GetAsync($"/{DemoLookup.VestreViken}/vedlegg/999999/bilde.png");

        Assert.Equal(HttpStatusCode.NotFound, throughOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAttachmentTests(SqliteAppFactory factory) : AttachmentTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAttachmentTests(PostgresAppFactory factory) : AttachmentTests(factory);
