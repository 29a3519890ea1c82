using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// Downloads of the generated documents, for anyone with a role in the community. Minutes are shown to
/// non-administrators only once circulated; before that they do not exist for them (404).
/// </summary>
public static class MeetingDocumentEndpoints
{
    public const string PdfType = "application/pdf";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapMeetingDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/{community}").RequireAuthorization(Policies.CommunityReader).ExcludeFromDescription();
        // Documents are made for one signed-in reader: no shared cache may keep them.
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "private, no-store";
            return await next(context);
        });
        group.MapGet("/moter/{id:int}/innkalling.pdf", (int id, MeetingDocuments d, AppDbContext db, IStringLocalizer<SharedResource> l) =>
            MeetingFileAsync(id, db, l, "Documents.FileNotice", ".pdf", PdfType, () => d.NoticePdfAsync(id)));
        group.MapGet("/moter/{id:int}/innkalling.docx", (int id, MeetingDocuments d, AppDbContext db, IStringLocalizer<SharedResource> l) =>
            MeetingFileAsync(id, db, l, "Documents.FileNotice", ".docx", DocxType, () => d.NoticeDocxAsync(id)));
        group.MapGet("/moter/{id:int}/motebok.pdf", (int id, MeetingDocuments d, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            MeetingFileAsync(id, db, l, "Documents.FileMeetingBook", ".pdf", PdfType, () => d.MeetingBookAsync(id, ct)));
        group.MapGet("/moter/{id:int}/referat.pdf", (int id, MeetingDocuments d, AppDbContext db, IStringLocalizer<SharedResource> l, CommunityPermissions permissions) =>
            MinutesFileAsync(id, db, l, permissions, ".pdf", PdfType, () => d.MinutesPdfAsync(id)));
        group.MapGet("/moter/{id:int}/referat.docx", (int id, MeetingDocuments d, AppDbContext db, IStringLocalizer<SharedResource> l, CommunityPermissions permissions) =>
            MinutesFileAsync(id, db, l, permissions, ".docx", DocxType, () => d.MinutesDocxAsync(id)));
        group.MapGet("/saker/{id:int}/saksfremlegg.pdf", CasePaperAsync);
        return app;
    }

    private static async Task<IResult> MeetingFileAsync(
        int id, AppDbContext db, IStringLocalizer l, string fileKey, string extension, string contentType, Func<Task<byte[]?>> render)
    {
        var meeting = await MeetingAsync(db, id);
        return meeting is not null && await render() is { } content
            ? Results.File(content, contentType, FileName(l[fileKey], meeting.ShortName, meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), extension))
            : Results.NotFound();
    }

    private static async Task<IResult> MinutesFileAsync(
        int id, AppDbContext db, IStringLocalizer l, CommunityPermissions permissions, string extension, string contentType, Func<Task<byte[]?>> render)
    {
        var meeting = await MeetingAsync(db, id);
        if (meeting is null || (meeting.MinutesStatus is not (MinutesStatus.Circulated or MinutesStatus.Approved) && !await permissions.CanAdministerAsync()))
        {
            return Results.NotFound();
        }
        return await MeetingFileAsync(id, db, l, "Documents.FileMinutes", extension, contentType, render);
    }

    private static async Task<IResult> CasePaperAsync(int id, MeetingDocuments documents, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var item = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new { i.CaseYear, i.CaseSequence, i.Meeting!.Date, i.Meeting.Body!.ShortName })
            .SingleOrDefaultAsync(ct);
        if (item is null || await documents.CasePaperPdfAsync(id, ct) is not { } content)
        {
            return Results.NotFound();
        }
        var number = item.CaseYear is { } year && item.CaseSequence is { } sequence
            ? $"{year}.{sequence}"
            : item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Results.File(content, PdfType, FileName(l["Documents.FileCasePaper"], item.ShortName, number, ".pdf"));
    }

    private static Task<MeetingFileInfo?> MeetingAsync(AppDbContext db, int id) =>
        db.Meetings.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new MeetingFileInfo(m.Body!.ShortName, m.Date, m.MinutesStatus))
            .SingleOrDefaultAsync();

    /// <summary>"innkalling-SSU-2024-09-26.pdf": ASCII letters, digits, dots and hyphens only, so every browser and file system takes it.</summary>
    public static string FileName(string document, string bodyShortName, string suffix, string extension)
    {
        var name = $"{document}-{bodyShortName}-{suffix}";
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-')]);
        return safe + extension;
    }

    private sealed record MeetingFileInfo(string ShortName, DateOnly Date, MinutesStatus MinutesStatus);
}
