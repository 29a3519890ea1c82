namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>Everything the generated documents of one meeting show, read once from the database.</summary>
public sealed record MeetingDocumentModel
{
    public required int MeetingId { get; init; }

    /// <summary>The helsefellesskap, e.g. "Helsefellesskapet i Vestfold".</summary>
    public required string CommunityName { get; init; }

    public required string BodyName { get; init; }

    public required string BodyShortName { get; init; }

    public required DateOnly Date { get; init; }

    public required TimeOnly StartTime { get; init; }

    public required TimeOnly EndTime { get; init; }

    public string? Location { get; init; }

    public string? Addressees { get; init; }

    public string? Topic { get; init; }

    public int NoticeRevision { get; init; }

    /// <summary>When the current revision of the notice was issued.</summary>
    public DateTime? NoticeIssuedAtUtc { get; init; }

    public MinutesStatus MinutesStatus { get; init; }

    public DateTime? MinutesApprovedAtUtc { get; init; }

    public MinutesApproval? MinutesApprovedBy { get; init; }

    /// <summary>The item that approved the minutes, e.g. "SSU 2024.25".</summary>
    public string? MinutesApprovedInCase { get; init; }

    public IReadOnlyList<ParticipantDocumentModel> Participants { get; init; } = [];

    /// <summary>In agenda order.</summary>
    public IReadOnlyList<ItemDocumentModel> Items { get; init; } = [];

    public bool IsRevisedNotice => NoticeRevision > 1;
}

public sealed record ParticipantDocumentModel(
    string Name,
    string? Employer,
    ParticipantRole Role,
    AttendanceResponse Response,
    AttendanceStatus Attendance,
    bool IsChair,
    bool IsMinuteTaker,
    string? SubstituteFor)
{
    /// <summary>Absent as recorded, or (before attendance is recorded) having sent apologies.</summary>
    public bool IsAbsent => Attendance == AttendanceStatus.Absent
        || (Attendance == AttendanceStatus.Unknown && Response == AttendanceResponse.NotComing);
}

public sealed record ItemDocumentModel
{
    public required int Id { get; init; }

    public AgendaItemKind Kind { get; init; }

    /// <summary><c>YYYY.N</c>, or null for unnumbered items (break, unnumbered "Eventuelt").</summary>
    public string? CaseNumber { get; init; }

    public required string Title { get; init; }

    /// <summary>The item's types as Norwegian labels, e.g. "Orientering", "Beslutning".</summary>
    public IReadOnlyList<string> TypeLabels { get; init; } = [];

    /// <summary>Markdown.</summary>
    public string? Description { get; init; }

    public string? ProposedConclusion { get; init; }

    public IReadOnlyList<string> Responsible { get; init; } = [];

    public bool IsRestricted { get; init; }

    public string? RestrictionGround { get; init; }

    public AgendaItemState State { get; init; }

    public IReadOnlyList<AttachmentDocumentModel> Attachments { get; init; } = [];

    public CasePaperDocumentModel? CasePaper { get; init; }

    /// <summary>Markdown.</summary>
    public string? MinutesSummary { get; init; }

    public IReadOnlyList<string> ConclusionPoints { get; init; } = [];

    public bool IsBreak => Kind == AgendaItemKind.Break;

    /// <summary>Withdrawn and postponed items are not treated, so their papers stay out of the meeting book.</summary>
    public bool IsTreated => State == AgendaItemState.Active;

    /// <summary>Documents listed as the item's attachments: the case paper first, then the files.</summary>
    public int DocumentCount => (CasePaper is null ? 0 : 1) + Attachments.Count;
}

public sealed record AttachmentDocumentModel(int Id, string Title, AttachmentKind Kind, string BlobKey);

public sealed record CasePaperDocumentModel(
    string? Caseworker,
    string? CaseType,
    string? Background,
    string? Assessment,
    string? ProposedResolution);
