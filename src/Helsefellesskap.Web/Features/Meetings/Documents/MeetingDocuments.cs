using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// The generated documents of a meeting in the current community, made fresh from the database on each call.
/// Every method answers null when the meeting or item is not found (in this community).
/// </summary>
public sealed class MeetingDocuments(AppDbContext db, IBlobStore blobs, TenantContext tenant, IStringLocalizer<SharedResource> l)
{
    public async Task<byte[]?> NoticePdfAsync(int meetingId) =>
        await LoadAsync(meetingId) is { } meeting ? NoticePdf.Render(meeting, l) : null;

    public async Task<byte[]?> NoticeDocxAsync(int meetingId) =>
        await LoadAsync(meetingId) is { } meeting ? NoticeDocx.Render(meeting, l) : null;

    public async Task<byte[]?> MinutesPdfAsync(int meetingId) =>
        await LoadAsync(meetingId) is { } meeting ? MinutesPdf.Render(meeting, l) : null;

    public async Task<byte[]?> MinutesDocxAsync(int meetingId) =>
        await LoadAsync(meetingId) is { } meeting ? MinutesDocx.Render(meeting, l) : null;

    /// <summary>The notice with the case papers and PDF attachments of the items, read from the blob store.</summary>
    public async Task<byte[]?> MeetingBookAsync(int meetingId, CancellationToken cancellationToken = default) =>
        await LoadAsync(meetingId, cancellationToken) is { } meeting ? await MeetingBookAsync(meeting, cancellationToken) : null;

    /// <summary>The three documents a notice is issued with, from one reading of the meeting.</summary>
    public async Task<NoticeDocuments?> NoticeIssueAsync(int meetingId, CancellationToken cancellationToken = default) =>
        await LoadAsync(meetingId, cancellationToken) is { } meeting
            ? new NoticeDocuments(NoticePdf.Render(meeting, l), NoticeDocx.Render(meeting, l), await MeetingBookAsync(meeting, cancellationToken))
            : null;

    private async Task<byte[]> MeetingBookAsync(MeetingDocumentModel meeting, CancellationToken cancellationToken)
    {
        var files = new Dictionary<int, byte[]?>();
        foreach (var attachment in MeetingBookPdf.Included(meeting).SelectMany(MeetingBookPdf.PdfAttachments))
        {
            files[attachment.Id] = await ReadAsync(attachment.BlobKey, cancellationToken);
        }
        return MeetingBookPdf.Render(meeting, files, l);
    }

    /// <summary>The case paper of an agenda item; null also when the item has none.</summary>
    public async Task<byte[]?> CasePaperPdfAsync(int agendaItemId, CancellationToken cancellationToken = default)
    {
        var meetingId = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Id == agendaItemId)
            .Select(i => (int?)i.MeetingId)
            .SingleOrDefaultAsync(cancellationToken);
        return meetingId is { } id
            && await LoadAsync(id, cancellationToken) is { } meeting
            && meeting.Items.SingleOrDefault(i => i.Id == agendaItemId) is { CasePaper: { } paper } item
            ? CasePaperPdf.Render(meeting, item, paper, l)
            : null;
    }

    /// <summary>The read model of a meeting, as the documents show it.</summary>
    public async Task<MeetingDocumentModel?> LoadAsync(int meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking().AsSplitQuery()
            .Include(m => m.Body)
            .Include(m => m.Participants).ThenInclude(p => p.Person)
            .Include(m => m.Participants).ThenInclude(p => p.SubstituteFor)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Responsible)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Attachments)
            .Include(m => m.AgendaItems).ThenInclude(i => i.CasePaper)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }
        return new MeetingDocumentModel
        {
            MeetingId = meeting.Id,
            CommunityName = tenant.Community?.Name ?? "",
            BodyName = meeting.Body!.Name,
            BodyShortName = meeting.Body.ShortName,
            Date = meeting.Date,
            StartTime = meeting.StartTime,
            EndTime = meeting.EndTime,
            Location = meeting.Location,
            Addressees = meeting.Addressees,
            Topic = meeting.Topic,
            NoticeRevision = meeting.NoticeRevision,
            NoticeIssuedAtUtc = meeting.NoticeIssuedAtUtc,
            MinutesStatus = meeting.MinutesStatus,
            MinutesApprovedAtUtc = meeting.MinutesApprovedAtUtc,
            MinutesApprovedBy = meeting.MinutesApprovedBy,
            MinutesApprovedInCase = await ApprovingCaseAsync(meeting.MinutesApprovedInAgendaItemId, cancellationToken),
            Participants = [.. meeting.Participants
                .OrderBy(p => p.Role).ThenBy(p => p.Person!.Name, StringComparer.CurrentCulture)
                .Select(p => new ParticipantDocumentModel(
                    p.Person!.Name, p.Person.Employer, p.Role, p.Response, p.Attendance, p.IsChair, p.IsMinuteTaker, p.SubstituteFor?.Name))],
            Items = [.. meeting.AgendaItems.OrderBy(i => i.SortOrder).Select(Item)],
        };
    }

    private ItemDocumentModel Item(AgendaItem item) => new()
    {
        Id = item.Id,
        Kind = item.Kind,
        CaseNumber = item.CaseNumber,
        Title = item.Title,
        TypeLabels = TypeLabels(item.Types, l),
        Description = item.Description,
        ProposedConclusion = item.ProposedConclusion,
        Responsible = [.. item.Responsible.OrderBy(r => r.SortOrder).Select(r => r.Name)],
        IsRestricted = item.IsRestricted,
        RestrictionGround = item.RestrictionGround,
        State = item.State,
        Attachments = [.. item.Attachments.OrderBy(a => a.SortOrder).ThenBy(a => a.Id).Select(a => new AttachmentDocumentModel(a.Id, a.Title, a.Kind, a.BlobKey))],
        CasePaper = item.CasePaper is { } paper
            ? new CasePaperDocumentModel(paper.Caseworker, paper.CaseType, paper.Background, paper.Assessment, paper.ProposedResolution)
            : null,
        MinutesSummary = item.MinutesSummary,
        ConclusionPoints = item.ConclusionPoints,
    };

    /// <summary>"Orientering", "Beslutning", … for the flags set, in declaration order.</summary>
    public static IReadOnlyList<string> TypeLabels(AgendaItemTypes types, IStringLocalizer l) =>
        [.. Enum.GetValues<AgendaItemTypes>().Where(t => t != AgendaItemTypes.None && types.HasFlag(t)).Select(t => l.Enum(t))];

    private async Task<string?> ApprovingCaseAsync(int? agendaItemId, CancellationToken cancellationToken)
    {
        if (agendaItemId is not { } id)
        {
            return null;
        }
        var item = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new { i.CaseYear, i.CaseSequence, i.Title, i.Meeting!.Body!.ShortName })
            .SingleOrDefaultAsync(cancellationToken);
        return item is null ? null
            : item.CaseYear is { } year && item.CaseSequence is { } sequence ? $"{item.ShortName} {year}.{sequence}"
            : $"{item.ShortName}: {item.Title}";
    }

    private async Task<byte[]?> ReadAsync(string blobKey, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(blobKey, cancellationToken);
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}

public sealed record NoticeDocuments(byte[] NoticePdf, byte[] NoticeDocx, byte[] MeetingBook);

public static class MeetingDocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddMeetingDocuments(this IServiceCollection services)
    {
        PdfSharpSetup.EnsureConfigured();
        services.AddScoped<MeetingDocuments>();
        return services;
    }
}
