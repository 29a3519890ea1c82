using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>The wording the PDF and DOCX versions of a document share, so that both say the same.</summary>
internal static class DocumentText
{
    /// <summary>"Strategisk samarbeidsutvalg – 26.09.2024", at the top of every page.</summary>
    public static string BodyAndDate(MeetingDocumentModel meeting) => $"{meeting.BodyName} – {OsloTime.Format(meeting.Date)}";

    /// <summary>"26.09.2024, kl. 12:30–15:30, SiV møterom 028".</summary>
    public static string DateAndPlace(MeetingDocumentModel meeting, IStringLocalizer l)
    {
        var when = l["Documents.DateTime", OsloTime.Format(meeting.Date), OsloTime.Format(meeting.StartTime), OsloTime.Format(meeting.EndTime)].Value;
        return string.IsNullOrWhiteSpace(meeting.Location) ? when : $"{when}, {meeting.Location}";
    }

    /// <summary>"2024.27 Mandat …", or the title alone for an unnumbered item.</summary>
    public static string ItemLabel(ItemDocumentModel item) => item.CaseNumber is { } number ? $"{number} {item.Title}" : item.Title;

    /// <summary>
    /// Generated documents may be published, so an item exempt from public access shows no more than its number,
    /// title and legal ground, and its papers are listed nowhere.
    /// </summary>
    public static IEnumerable<ItemDocumentModel> PublicItems(MeetingDocumentModel meeting) => meeting.Items.Where(i => !i.IsRestricted);

    /// <summary>Items whose papers are sent out: public, and neither withdrawn nor postponed.</summary>
    public static IEnumerable<ItemDocumentModel> ItemsWithPapers(MeetingDocumentModel meeting) => PublicItems(meeting).Where(i => i.IsTreated);

    /// <summary>The attachment list of the header: "Sak 2024.25: Referat SSU 23.05.24", case papers first.</summary>
    public static IReadOnlyList<string> AttachmentList(MeetingDocumentModel meeting, IStringLocalizer l) =>
        [.. ItemsWithPapers(meeting).SelectMany(item => DocumentTitles(item, l).Select(title =>
            item.CaseNumber is { } number ? l["Documents.AttachmentOfCase", number, title].Value : $"{item.Title}: {title}"))];

    public static IEnumerable<string> DocumentTitles(ItemDocumentModel item, IStringLocalizer l) =>
        (item.CasePaper is null ? [] : new[] { l["Documents.CasePaper"].Value }).Concat(item.Attachments.Select(a => a.Title));

    /// <summary>"9 vedlegg".</summary>
    public static string AttachmentCount(int count, IStringLocalizer l) => l["Documents.AttachmentCount", count];

    public static string Restriction(ItemDocumentModel item, IStringLocalizer l) =>
        string.IsNullOrWhiteSpace(item.RestrictionGround) ? l["Documents.Restricted"] : l["Documents.RestrictedWithGround", item.RestrictionGround];

    /// <summary>"Utgår" or "Utsatt"; null for an item that is treated.</summary>
    public static string? State(ItemDocumentModel item, IStringLocalizer l) => item.IsTreated ? null : l.Enum(item.State);

    /// <summary>What the number column says under the number: the types, and how many documents go with the item.</summary>
    public static IReadOnlyList<string> NumberDetails(ItemDocumentModel item, IStringLocalizer l)
    {
        if (item.IsRestricted || item.IsBreak)
        {
            return [];
        }
        var details = new List<string>(item.TypeLabels);
        if (item.IsTreated && item.DocumentCount > 0)
        {
            details.Add(AttachmentCount(item.DocumentCount, l));
        }
        return details;
    }

    public static string NoticeHeading(MeetingDocumentModel meeting, IStringLocalizer l) =>
        meeting.IsRevisedNotice ? l["Documents.RevisedNotice"] : l["Documents.Notice"];

    /// <summary>"Revisjon 2, sendt ut 20.09.2024 14:05" under the heading of a revised notice.</summary>
    public static string? RevisionLine(MeetingDocumentModel meeting, IStringLocalizer l) =>
        !meeting.IsRevisedNotice ? null
        : meeting.NoticeIssuedAtUtc is { } issued ? l["Documents.RevisionIssued", meeting.NoticeRevision, OsloTime.FormatDateTime(issued)].Value
        : l["Documents.Revision", meeting.NoticeRevision].Value;

    public static IReadOnlyList<string> MinuteTakers(MeetingDocumentModel meeting) =>
        [.. meeting.Participants.Where(p => p.IsMinuteTaker).Select(p => p.Name)];

    /// <summary>The block at the top of the notice: Til, Tema, Dato/sted, "N vedlegg" with the list, Referent; empty lines left out.</summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<string> Lines)> NoticeHeader(MeetingDocumentModel meeting, IStringLocalizer l)
    {
        var attachments = AttachmentList(meeting, l);
        var rows = new List<(string Label, IReadOnlyList<string> Lines)>
        {
            (l["Documents.To"], [meeting.Addressees ?? ""]),
            (l["Documents.Topic"], [meeting.Topic ?? ""]),
            (l["Documents.DateAndPlace"], [DateAndPlace(meeting, l)]),
            (AttachmentCount(attachments.Count, l), attachments),
            (l["Documents.MinuteTaker"], MinuteTakers(meeting)),
        };
        return [.. rows.Where(r => r.Lines.Any(line => line.Length > 0))];
    }

    /// <summary>The participants block of the minutes, as label and lines, leaving out empty groups.</summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<string> Lines)> MinutesHeader(MeetingDocumentModel meeting, IStringLocalizer l)
    {
        var attending = meeting.Participants.Where(p => p.Role != ParticipantRole.Secretariat).ToList();
        var rows = new List<(string, IReadOnlyList<string>)>
        {
            (l["Documents.Topic"], [l["Documents.MinutesTopic", meeting.BodyName, meeting.BodyShortName]]),
            (l["Documents.DateAndPlace"], [DateAndPlace(meeting, l)]),
            (l["Documents.Present"], Names(attending.Where(p => !p.IsAbsent && p.Role != ParticipantRole.Observer), l)),
            (l["Documents.Observers"], Names(attending.Where(p => !p.IsAbsent && p.Role == ParticipantRole.Observer), l)),
            (l["Documents.Absent"], Names(attending.Where(p => p.IsAbsent), l)),
            (l["Documents.Attachments"], AttachmentList(meeting, l)),
            (l["Documents.Chair"], [.. meeting.Participants.Where(p => p.IsChair).Select(p => p.Name)]),
            (l["Documents.Secretariat"], Names(meeting.Participants.Where(p => p.Role == ParticipantRole.Secretariat), l)),
            (l["Documents.MinuteTaker"], MinuteTakers(meeting)),
        };
        return [.. rows.Where(r => r.Item2.Count > 0)];
    }

    /// <summary>"Referatet ble godkjent …" for approved minutes; null for drafts.</summary>
    public static string? Approval(MeetingDocumentModel meeting, IStringLocalizer l)
    {
        if (meeting.MinutesStatus != MinutesStatus.Approved)
        {
            return null;
        }
        var when = meeting.MinutesApprovedAtUtc is { } at ? OsloTime.Format(DateOnly.FromDateTime(OsloTime.ToOslo(at))) : "";
        return meeting.MinutesApprovedBy switch
        {
            MinutesApproval.ByChair => l["Documents.ApprovedByChair", when],
            _ when meeting.MinutesApprovedInCase is { } item => l["Documents.ApprovedInCase", when, item],
            _ => l["Documents.Approved", when],
        };
    }

    /// <summary>"1.", "2.", … before conclusion points; none when there is only one.</summary>
    public static string? ConclusionMarker(int index, int count) =>
        count > 1 ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : null;

    public static string PageNumberFormat(IStringLocalizer l) => l["Documents.PageNumber", "{0}", "{1}"];

    private static IReadOnlyList<string> Names(IEnumerable<ParticipantDocumentModel> participants, IStringLocalizer l) =>
        [.. participants.Select(p =>
        {
            var name = string.IsNullOrWhiteSpace(p.Employer) ? p.Name : $"{p.Name}, {p.Employer}";
            return p.SubstituteFor is null ? name : $"{name} ({l["Documents.SubstituteFor", p.SubstituteFor]})";
        })];
}
