using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>A body's meeting dates for a year. Adopting it creates the meetings.</summary>
public class MeetingPlan : TenantEntity
{
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public int Year { get; set; }

    public DateTime? AdoptedAtUtc { get; set; }

    [MaxLength(2000)]
    public string? Note { get; set; }

    public List<MeetingPlanEntry> Entries { get; set; } = [];

    public bool IsAdopted => AdoptedAtUtc is not null;
}

/// <summary>One planned meeting, optionally with a preparatory meeting of another body (e.g. AU before SSU).</summary>
public class MeetingPlanEntry : TenantEntity
{
    public int MeetingPlanId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly EndTime { get; set; }

    [MaxLength(300)]
    public string? Location { get; set; }

    public int? PreparatoryBodyId { get; set; }

    public Body? PreparatoryBody { get; set; }

    public DateOnly? PreparatoryDate { get; set; }

    public TimeOnly? PreparatoryStartTime { get; set; }

    public TimeOnly? PreparatoryEndTime { get; set; }

    /// <summary>The meeting created when the plan was adopted.</summary>
    public int? MeetingId { get; set; }
}
