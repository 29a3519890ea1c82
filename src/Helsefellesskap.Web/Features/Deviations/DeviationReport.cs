using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// A samhandlingsavvik: a report from one partner's staff to another partner about collaboration that failed,
/// and the dialogue that handles it. It never holds patient data: every free-text field passes
/// <c>PatientDataGuard</c> before it is stored.
/// </summary>
public class DeviationReport : TenantEntity
{
    public DeviationState State { get; set; }

    /// <summary>Decided when the report is sent: serious consequence or complaint → formal.</summary>
    public DeviationTrack Track { get; set; }

    public bool IsComplaint { get; set; }

    /// <summary>Journal number of the formal track, "2026/17", given when a formal report is sent.</summary>
    [MaxLength(20)]
    public string? JournalNumber { get; set; }

    [MaxLength(450)]
    public required string ReporterUserId { get; set; }

    [MaxLength(200)]
    public required string ReporterName { get; set; }

    [MaxLength(254)]
    public string? ReporterEmail { get; set; }

    /// <summary>The reporter's role or profession, e.g. "sykepleier".</summary>
    [MaxLength(200)]
    public string? ReporterRole { get; set; }

    public int ReportingPartnerId { get; set; }

    public Partner? ReportingPartner { get; set; }

    public int? ReportingUnitId { get; set; }

    public ServiceUnit? ReportingUnit { get; set; }

    public int? ReceivingPartnerId { get; set; }

    public Partner? ReceivingPartner { get; set; }

    /// <summary>Chosen by the reporter, or routed later by the receiving partner's contact.</summary>
    public int? ReceivingUnitId { get; set; }

    public ServiceUnit? ReceivingUnit { get; set; }

    /// <summary>Derived from the two partners' kinds when the report is sent.</summary>
    public DeviationDirection? Direction { get; set; }

    public DateOnly? EventDate { get; set; }

    public PartOfDay? EventPartOfDay { get; set; }

    public PathwayPhase? Phase { get; set; }

    public int? CategoryId { get; set; }

    public DeviationCategory? Category { get; set; }

    public int? SubcategoryId { get; set; }

    public DeviationCategory? Subcategory { get; set; }

    /// <summary>The agreement or procedure concerned, as free text until the agreement register links it.</summary>
    [MaxLength(500)]
    public string? AgreementReference { get; set; }

    public PatientGroup? PatientGroup { get; set; }

    public DeviationConsequence? Consequence { get; set; }

    [MaxLength(4000)]
    public string? WhatHappened { get; set; }

    [MaxLength(2000)]
    public string? ImmediateAction { get; set; }

    [MaxLength(2000)]
    public string? SuggestedImprovement { get; set; }

    /// <summary>What the reporter keeps in her own system to find the case again, instead of any patient identity.</summary>
    [MaxLength(100)]
    public string? LocalReference { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public DateOnly? AcknowledgeBy { get; set; }

    public DateTime? AcknowledgedAtUtc { get; set; }

    public DateOnly? AnswerBy { get; set; }

    public DateTime? AnsweredAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public List<DeviationEntry> Entries { get; set; } = [];

    public bool IsAcknowledgeOverdue(DateOnly today) => State == DeviationState.Sent && AcknowledgeBy is { } by && by < today;

    public bool IsAnswerOverdue(DateOnly today) =>
        State is DeviationState.Acknowledged or DeviationState.BeingHandled && AnswerBy is { } by && by < today;

    public bool IsOverdue(DateOnly today) => IsAcknowledgeOverdue(today) || IsAnswerOverdue(today);
}

public enum DeviationState
{
    Draft,
    Sent,
    Acknowledged,
    BeingHandled,
    Answered,
    Accepted,
    Closed,
}

public enum DeviationTrack
{
    /// <summary>Registration for statistics and improvement: quick, light handling.</summary>
    Learning,

    /// <summary>Serious feedback or complaint: formal correspondence with a journal number, archived.</summary>
    Formal,
}

public enum DeviationDirection
{
    MunicipalityToHospital,
    HospitalToMunicipality,
    MunicipalityToMunicipality,
    Other,
}

public enum PartOfDay
{
    Day,
    Evening,
    Night,
    Unknown,
}

public enum PathwayPhase
{
    ReferralAdmission,
    DuringStay,
    Discharge,
    AfterDischarge,
    Outpatient,
    Emergency,
}

public enum PatientGroup
{
    FrailElderly,
    MultipleChronicConditions,
    ChildrenAndYoungPeople,
    MentalHealthAndSubstanceUse,
    PregnantAndNewborn,
    Palliative,
    Other,
}

public enum DeviationConsequence
{
    None,
    Minor,
    Moderate,
    Serious,
    Unknown,
}
