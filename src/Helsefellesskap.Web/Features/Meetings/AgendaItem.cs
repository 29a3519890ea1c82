using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>
/// One item (sak) on a meeting's agenda. It belongs to a matter, which may run through several meetings
/// and bodies; its case number <c>YYYY.N</c> is set by <see cref="Agenda.CaseNumbering"/>.
/// </summary>
public class AgendaItem : TenantEntity, IPublicContent
{
    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int MatterId { get; set; }

    public Matter? Matter { get; set; }

    /// <summary>Position on the agenda, from 1.</summary>
    public int SortOrder { get; set; }

    public AgendaItemKind Kind { get; set; }

    /// <summary>Whether the item takes a case number (a break never does; "Eventuelt" may).</summary>
    public bool Numbered { get; set; } = true;

    public int? CaseYear { get; set; }

    public int? CaseSequence { get; set; }

    /// <summary>Set when the notice is issued: the number is then never changed or reused.</summary>
    public bool NumberFrozen { get; set; }

    [MaxLength(300)]
    public required string Title { get; set; }

    public AgendaItemTypes Types { get; set; }

    /// <summary>Markdown, sanitised when shown.</summary>
    [MaxLength(20000)]
    public string? Description { get; set; }

    [MaxLength(4000)]
    public string? ProposedConclusion { get; set; }

    public bool IsRestricted { get; set; }

    /// <summary>Legal ground for restriction, e.g. "Offl. § 14".</summary>
    [MaxLength(100)]
    public string? RestrictionGround { get; set; }

    public AgendaItemState State { get; set; }

    /// <summary>How the item came to this meeting, and from which earlier item of the same matter.</summary>
    public ItemOrigin Origin { get; set; }

    public int? PreviousItemId { get; set; }

    public AgendaItem? PreviousItem { get; set; }

    /// <summary>For the standard minutes-approval item: the meeting whose minutes it approves.</summary>
    public int? ApprovesMinutesOfMeetingId { get; set; }

    public Meeting? ApprovesMinutesOfMeeting { get; set; }

    /// <summary>The follow-up task this item was created from, if any.</summary>
    public int? FromFollowUpTaskId { get; set; }

    /// <summary>Minutes: what was said (Markdown).</summary>
    [MaxLength(20000)]
    public string? MinutesSummary { get; set; }

    /// <summary>Minutes: the conclusion, one numbered point per line (see <see cref="ConclusionPoints"/>).</summary>
    [MaxLength(8000)]
    public string? Conclusion { get; set; }

    public List<AgendaItemResponsible> Responsible { get; set; } = [];

    public List<Attachment> Attachments { get; set; } = [];

    public CasePaper? CasePaper { get; set; }

    public string? CaseNumber => CaseYear is { } year && CaseSequence is { } sequence ? $"{year}.{sequence}" : null;

    public IReadOnlyList<string> ConclusionPoints => Meetings.ConclusionPoints.Parse(Conclusion);
}

public enum AgendaItemKind
{
    Regular,
    ApproveNotice,
    ApproveMinutes,
    AnyOtherBusiness,
    Break,
}

/// <summary>Stored as an integer (a set of flags).</summary>
[Flags]
public enum AgendaItemTypes
{
    None = 0,
    Information = 1,
    Discussion = 2,
    Dialogue = 4,
    Decision = 8,
    Resolution = 16,
}

public enum AgendaItemState
{
    Active,
    Withdrawn,
    Postponed,
}

public enum ItemOrigin
{
    New,
    FollowUp,
    SentFrom,
    ReturnedFrom,
    Postponed,
    FromTask,
}

/// <summary>Someone responsible for an item: a person in the register, or a presenter named in text.</summary>
public class AgendaItemResponsible : TenantEntity, IPublicContent
{
    public int AgendaItemId { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    [MaxLength(200)]
    public required string Name { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>A case paper (saksfremlegg) written in the product for one agenda item.</summary>
public class CasePaper : TenantEntity, IPublicContent
{
    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    /// <summary>Saksbehandler.</summary>
    [MaxLength(200)]
    public string? Caseworker { get; set; }

    /// <summary>"Type sak", e.g. "Beslutningssak".</summary>
    [MaxLength(100)]
    public string? CaseType { get; set; }

    [MaxLength(20000)]
    public string? Background { get; set; }

    [MaxLength(20000)]
    public string? Assessment { get; set; }

    [MaxLength(4000)]
    public string? ProposedResolution { get; set; }
}
