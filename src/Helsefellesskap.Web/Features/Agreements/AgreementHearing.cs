using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>A draft version sent on hearing to chosen partners and organisations, open for comments until the deadline.</summary>
public class AgreementHearing : TenantEntity
{
    public int VersionId { get; set; }

    public AgreementVersion? AgreementVersion { get; set; }

    public DateOnly SentOn { get; set; }

    /// <summary>The last day comments are taken (Norwegian date).</summary>
    public DateOnly Deadline { get; set; }

    [MaxLength(4000)]
    public string? Message { get; set; }

    /// <summary>Set when the secretariat closes the hearing early or declares it done.</summary>
    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>When the responsible person was reminded that the deadline is near.</summary>
    public DateTime? ReminderSentAtUtc { get; set; }

    public List<HearingInvitee> Invitees { get; set; } = [];

    public List<HearingComment> Comments { get; set; } = [];

    /// <summary>Comments are taken while the hearing is not closed and the deadline has not passed.</summary>
    public bool IsOpenOn(DateOnly today) => ClosedAtUtc is null && today <= Deadline;
}

/// <summary>A partner or organisation asked for its comments.</summary>
public class HearingInvitee : TenantEntity
{
    public int HearingId { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public DateTime? NotifiedAtUtc { get; set; }
}

/// <summary>A comment on a draft, on one chapter or on the whole, and how the secretariat handled it.</summary>
public class HearingComment : TenantEntity
{
    public int HearingId { get; set; }

    /// <summary>The invited partner the comment is given on behalf of.</summary>
    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    /// <summary>The chapter (a heading of the version's text); null for a general comment.</summary>
    [MaxLength(300)]
    public string? Chapter { get; set; }

    [MaxLength(8000)]
    public required string Text { get; set; }

    [MaxLength(450)]
    public string? AuthorUserId { get; set; }

    [MaxLength(200)]
    public required string AuthorName { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public CommentHandling Handling { get; set; }

    [MaxLength(2000)]
    public string? HandlingNote { get; set; }
}

public enum CommentHandling
{
    Unhandled,
    Accepted,
    PartlyAccepted,
    NotAccepted,
    Noted,
}
