using System.Security.Cryptography;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Helsefellesskap.Web.Features.Agreements.Versions;

/// <summary>A version's file as stored: where, under which name and type, how large, and its SHA-256.</summary>
public sealed record StoredAgreementFile(string BlobKey, string FileName, string ContentType, long Size, string Sha256)
{
    public void ApplyTo(AgreementVersion version)
    {
        version.FileBlobKey = BlobKey;
        version.FileName = FileName;
        version.FileContentType = ContentType;
        version.FileSize = Size;
        version.FileSha256 = Sha256;
    }
}

/// <summary>
/// The file of an agreement version: a PDF or a Word document (DOCX), recognised by its content and not its name,
/// stored in the blob store; downloaded only by those who may see the version, and never shown inline.
/// </summary>
public sealed class AgreementFiles(IBlobStore blobs, IOptions<FileStorageOptions> options, IStringLocalizer<SharedResource> l)
{
    private static readonly AttachmentKind[] Allowed = [AttachmentKind.Pdf, AttachmentKind.Docx];

    public static string Accept { get; } = string.Join(",", Allowed.Select(AttachmentFormats.Extension).Concat(Allowed.Select(AttachmentFormats.ContentType)));

    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <summary>Stores the file, or gives the Norwegian reason it is refused.</summary>
    public async Task<(StoredAgreementFile? File, string? Error)> StoreAsync(int communityId, IFormFile file, CancellationToken cancellationToken)
    {
        var name = AttachmentFileName.Clean(file.FileName);
        if (file.Length > MaxBytes)
        {
            return (null, l["Attachments.TooLarge", name, AttachmentFormats.Megabytes(MaxBytes)]);
        }
        if (file.Length == 0)
        {
            return (null, l["Attachments.Empty", name]);
        }
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        var detection = FileTypeDetector.Detect(content);
        if (detection.HasMacros)
        {
            return (null, l["Attachments.Macros", name]);
        }
        if (detection.Kind is not { } kind || !Allowed.Contains(kind) || AttachmentFormats.KindFromFileName(name) != kind)
        {
            return (null, l["Agreements.File.NotAllowed", name]);
        }
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
        content.Position = 0;
        var key = await blobs.PutAsync(communityId, content, cancellationToken);
        return (new StoredAgreementFile(key, name, AttachmentFormats.ContentType(kind), content.Length, sha256), null);
    }

    public Task DeleteAsync(string blobKey) => blobs.DeleteAsync(blobKey, CancellationToken.None);
}

/// <summary>The download of a version's file.</summary>
public static class AgreementFileEndpoints
{
    public static string DownloadUrl(string communitySlug, int versionId) => $"/{communitySlug}/avtaler/versjoner/{versionId}/fil";

    public static IEndpointRouteBuilder MapAgreementFiles(this IEndpointRouteBuilder app)
    {
        // Anyone may fetch the file of a version in force; drafts only those who see the agreement's work.
        app.MapGet("/{community}/avtaler/versjoner/{id:int}/fil", DownloadAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(int id, HttpContext http, AppDbContext db, AgreementAccess access, IBlobStore blobs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var version = await db.AgreementVersions.AsNoTracking().Include(v => v.Agreement).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version?.FileBlobKey is null || await AgreementStates.LoadOneAsync(db, version.AgreementId, OsloTime.Today(clock)) is not { } state)
        {
            return Results.NotFound();
        }
        var viewer = await access.CurrentAsync();
        if (!viewer.Sees(version.Agreement!, state.Of(id)) || await blobs.OpenReadAsync(version.FileBlobKey, cancellationToken) is not { } content)
        {
            return Results.NotFound();
        }
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.CacheControl = "private, no-cache";
        return Results.File(content, version.FileContentType, fileDownloadName: version.FileName, entityTag: new EntityTagHeaderValue($"\"{version.FileSha256}\""));
    }
}
