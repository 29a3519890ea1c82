using System.Globalization;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Features.Meetings.Publishing;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.PublicSite;

/// <summary>
/// The files of the public site, for anyone: published attachments, and the notice and minutes of a meeting as PDF
/// once they are published, generated from <see cref="PublicDocuments.ForPublic"/> so they hold nothing unpublished.
/// </summary>
public static class PublicFiles
{
    public static IEndpointRouteBuilder MapPublicFiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/{community}/innsyn").AllowAnonymous().CacheOutput(PublicCachePolicy.Name).ExcludeFromDescription();
        group.MapGet("/vedlegg/{id:int}/{fileName}", (int id, HttpContext http, AppDbContext db, IBlobStore blobs, CancellationToken ct) =>
            AttachmentEndpoints.FileAsync(db.Attachments.Where(MeetingPublicity.PublicAttachments), id, http, blobs, ct));
        group.MapGet("/moter/{id:int}/innkalling.pdf", (int id, AppDbContext db, MeetingDocuments documents, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            PdfAsync(db.Meetings.Where(MeetingPublicity.PublicAgendas), id, documents, l, "Documents.FileNotice", NoticePdf.Render, ct));
        group.MapGet("/moter/{id:int}/referat.pdf", (int id, AppDbContext db, MeetingDocuments documents, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            PdfAsync(db.Meetings.Where(MeetingPublicity.PublicMinutes), id, documents, l, "Documents.FileMinutes", MinutesPdf.Render, ct));
        return app;
    }

    public static string AttachmentUrl(string communitySlug, int attachmentId, string fileName) =>
        $"/{communitySlug}/innsyn/vedlegg/{attachmentId}/{Uri.EscapeDataString(fileName)}";

    /// <summary>The document of meeting <paramref name="id"/> if it is among <paramref name="published"/>, else 404.</summary>
    private static async Task<IResult> PdfAsync(
        IQueryable<Meeting> published, int id, MeetingDocuments documents, IStringLocalizer l, string fileKey,
        Func<MeetingDocumentModel, IStringLocalizer, byte[]> render, CancellationToken cancellationToken)
    {
        var meeting = await published.AsNoTracking().Where(m => m.Id == id).SingleOrDefaultAsync(cancellationToken);
        if (meeting is null || await documents.LoadAsync(id, cancellationToken) is not { } model)
        {
            return Results.NotFound();
        }
        var content = render(PublicDocuments.ForPublic(model, MeetingPublicity.MinutesArePublic(meeting)), l);
        var fileName = MeetingDocumentEndpoints.FileName(
            l[fileKey], model.BodyShortName, model.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ".pdf");
        return Results.File(content, MeetingDocumentEndpoints.PdfType, fileName);
    }
}
