using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Helsefellesskap.Web.Features.Meetings.Attachments;

/// <summary>Registration of the attachment services, and the download of an attachment.</summary>
public static class AttachmentEndpoints
{
    public static IServiceCollection AddMeetingAttachments(this IServiceCollection services)
    {
        services.AddScoped<AttachmentUploader>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeetingAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{community}/vedlegg/{id:int}/{fileName}", DownloadAsync)
            .RequireAuthorization(Policies.CommunityReader)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Where an attachment is downloaded; the file name in the path is for people and browsers only.</summary>
    public static string DownloadUrl(string communitySlug, int attachmentId, string fileName) =>
        $"/{communitySlug}/vedlegg/{attachmentId}/{Uri.EscapeDataString(fileName)}";

    /// <summary>
    /// Always as a download, with the content type of what the content was found to be, never sniffed or run:
    /// a file that a browser would render (an image, a PDF with scripts) is sandboxed even if opened directly.
    /// </summary>
    private static Task<IResult> DownloadAsync(int id, HttpContext http, AppDbContext db, IBlobStore blobs, CancellationToken cancellationToken) =>
        FileAsync(db.Attachments, id, http, blobs, cancellationToken);

    /// <summary>The attachment <paramref name="id"/> among <paramref name="attachments"/> as a safe download, or 404.</summary>
    public static async Task<IResult> FileAsync(
        IQueryable<Attachment> attachments, int id, HttpContext http, IBlobStore blobs, CancellationToken cancellationToken)
    {
        var attachment = await attachments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.BlobKey, a.Kind, a.FileName, a.Sha256, a.UploadedAtUtc })
            .SingleOrDefaultAsync(cancellationToken);
        if (attachment is null || await blobs.OpenReadAsync(attachment.BlobKey, cancellationToken) is not { } content)
        {
            return Results.NotFound();
        }
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.CacheControl = "private, no-cache";
        return Results.File(
            content,
            AttachmentFormats.ContentType(attachment.Kind),
            fileDownloadName: attachment.FileName,
            lastModified: new DateTimeOffset(DateTime.SpecifyKind(attachment.UploadedAtUtc, DateTimeKind.Utc)),
            entityTag: new EntityTagHeaderValue($"\"{attachment.Sha256}\""));
    }
}
