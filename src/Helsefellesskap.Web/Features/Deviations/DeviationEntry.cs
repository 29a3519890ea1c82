using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>One line of a report's case history: a step of the workflow, a routing, or a message between the parties.</summary>
public class DeviationEntry : TenantEntity
{
    public int ReportId { get; set; }

    public DeviationEntryKind Kind { get; set; }

    /// <summary>The state the report moved to, for workflow steps.</summary>
    public DeviationState? ToState { get; set; }

    public DeviationSide Side { get; set; }

    [MaxLength(450)]
    public string? AuthorUserId { get; set; }

    [MaxLength(200)]
    public required string AuthorName { get; set; }

    /// <summary>Message text, answer, or the comment of a send-back; checked by <c>PatientDataGuard</c>.</summary>
    [MaxLength(4000)]
    public string? Text { get; set; }

    public DateTime AtUtc { get; set; }
}

public enum DeviationEntryKind
{
    StateChange,
    Routed,
    Message,
}

/// <summary>Which party of the dialogue acted.</summary>
public enum DeviationSide
{
    Reporting,
    Receiving,
}
