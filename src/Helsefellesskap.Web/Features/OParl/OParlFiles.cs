using System.Linq.Expressions;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Features.Meetings.Publishing;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// Files: the public attachments (<see cref="MeetingPublicity.PublicAttachments"/>), linked to their public download,
/// and a meeting's notice and minutes PDFs once the publication register holds them (notice issued, minutes published).
/// Embedded files leave out their references back to meetings, agenda items and papers (spec).
/// </summary>
public sealed class OParlFiles(AppDbContext db, OParlUrls urls, IStringLocalizer<SharedResource> l)
{
    public sealed record AttachmentRow(int AgendaItemId, int MeetingId, int MatterId, string Title, string FileName, AttachmentKind Kind, long Size, DateTime UploadedAtUtc, int ItemOrder, int SortOrder);

    public sealed record DocumentRow(PublicationKind Kind, int MeetingId, string Title, DateOnly? Date);

    public IQueryable<Stamped<AttachmentRow>> Attachments(Expression<Func<Attachment, bool>>? which = null) =>
        db.Attachments.AsNoTracking().Where(MeetingPublicity.PublicAttachments).Where(which ?? (a => true)).Select(a => new Stamped<AttachmentRow>
        {
            Id = a.Id,
            Created = a.CreatedAtUtc,
            Modified = a.ModifiedAtUtc,
            AlsoModified = a.AgendaItem!.ModifiedAtUtc,
            AlsoModified2 = a.AgendaItem.Meeting!.ModifiedAtUtc,
            Row = new AttachmentRow(a.AgendaItemId, a.AgendaItem.MeetingId, a.AgendaItem.MatterId, a.Title, a.FileName, a.Kind, a.SizeBytes, a.UploadedAtUtc, a.AgendaItem.SortOrder, a.SortOrder),
        });

    /// <summary>The notice and minutes PDFs, from the publication register (first published = created).</summary>
    public IQueryable<Stamped<DocumentRow>> Documents(Expression<Func<Publication, bool>>? which = null) =>
        db.Publications.AsNoTracking().Where(p => p.Kind != PublicationKind.Attachment && p.MeetingId != null).Where(which ?? (p => true)).Select(p => new Stamped<DocumentRow>
        {
            Id = p.Id,
            Created = p.PublishedAtUtc,
            Modified = p.ModifiedAtUtc,
            AlsoModified = null,
            AlsoModified2 = null,
            Row = new DocumentRow(p.Kind, p.MeetingId!.Value, p.Title, p.Date),
        });

    public OParlFile Attachment(Stamped<AttachmentRow> file, bool embedded)
    {
        var row = file.Row;
        var url = urls.AttachmentFile(file.Id, row.FileName);
        return new OParlFile(urls.File(file.Id), file.CreatedText, file.ModifiedText)
        {
            Name = row.Title,
            FileName = row.FileName,
            MimeType = AttachmentFormats.ContentType(row.Kind),
            Size = row.Size,
            Date = OParlTime.Format(DateOnly.FromDateTime(OsloTime.ToOslo(row.UploadedAtUtc))),
            AccessUrl = url,
            DownloadUrl = url,
            Meeting = embedded ? null : [urls.Meeting(row.MeetingId)],
            AgendaItem = embedded ? null : [urls.AgendaItem(row.AgendaItemId)],
            Paper = embedded ? null : [urls.Paper(row.MatterId)],
            Web = urls.AttachmentPage(row.MeetingId, file.Id),
        };
    }

    public OParlFile Document(Stamped<DocumentRow> file, bool embedded)
    {
        var row = file.Row;
        var (id, url, fileName, kind) = row.Kind == PublicationKind.Notice
            ? (urls.Invitation(row.MeetingId), urls.NoticePdf(row.MeetingId), "innkalling.pdf", l["OParl.File.Notice"])
            : (urls.Protocol(row.MeetingId), urls.MinutesPdf(row.MeetingId), "referat.pdf", l["OParl.File.Minutes"]);
        return new OParlFile(id, file.CreatedText, file.ModifiedText)
        {
            Name = string.IsNullOrWhiteSpace(row.Title) ? kind : l["OParl.File.Named", kind, row.Title],
            FileName = fileName,
            MimeType = "application/pdf",
            Date = OParlTime.Format(row.Date),
            AccessUrl = url,
            DownloadUrl = url,
            Meeting = embedded ? null : [urls.Meeting(row.MeetingId)],
            Web = urls.MeetingPage(row.MeetingId),
        };
    }

    /// <summary>Public attachments as embedded files, in agenda and attachment order (one query).</summary>
    public async Task<List<(AttachmentRow Row, OParlFile File)>> EmbeddedAsync(Expression<Func<Attachment, bool>> which, CancellationToken cancellationToken) =>
        (await Attachments(which).ToListAsync(cancellationToken))
        .OrderBy(a => a.Row.MeetingId).ThenBy(a => a.Row.ItemOrder).ThenBy(a => a.Row.SortOrder).ThenBy(a => a.Id)
        .Select(a => (a.Row, Attachment(a, embedded: true)))
        .ToList();

    /// <summary>The notice and minutes PDFs of some meetings, by meeting and kind (one query).</summary>
    public async Task<Dictionary<(int MeetingId, PublicationKind Kind), OParlFile>> DocumentsByMeetingAsync(IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken) =>
        (await Documents(p => meetingIds.Contains(p.MeetingId!.Value)).ToListAsync(cancellationToken))
        .ToDictionary(d => (d.Row.MeetingId, d.Row.Kind), d => Document(d, embedded: true));

    public Task<IReadOnlyList<object>> AttachmentObjectsAsync(IReadOnlyList<Stamped<AttachmentRow>> rows, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(rows.Select(r => Attachment(r, embedded: false)).ToList());

    public Task<IReadOnlyList<object>> DocumentObjectsAsync(IReadOnlyList<Stamped<DocumentRow>> rows, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(rows.Select(r => Document(r, embedded: false)).ToList());
}
