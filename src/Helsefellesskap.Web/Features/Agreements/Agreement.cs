using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>
/// One agreement of the community's agreement family (avtaleverk): the overarching agreement, a sub-agreement, or a
/// guideline, procedure, collaboration or service agreement under one of them. Its text lives in its versions.
/// </summary>
public class Agreement : TenantEntity, IPublicContent
{
    [MaxLength(300)]
    public required string Title { get; set; }

    public AgreementKind Kind { get; set; }

    /// <summary>The agreement this one stands under in the family tree; null for the overarching agreement.</summary>
    public int? ParentId { get; set; }

    public Agreement? Parent { get; set; }

    /// <summary>Orders siblings in the tree and names them as the seeds do, e.g. "a" or "4.2".</summary>
    [MaxLength(20)]
    public string? Code { get; set; }

    /// <summary>The body that owns the agreement and whose members (the working group) see its drafts.</summary>
    public int? OwnerBodyId { get; set; }

    public Body? OwnerBody { get; set; }

    /// <summary>Receives the reminders of reviews, evaluations and hearing deadlines.</summary>
    public int? ResponsiblePersonId { get; set; }

    public Person? ResponsiblePerson { get; set; }

    /// <summary>Legal references, one per line, e.g. "helse- og omsorgstjenesteloven § 6-2".</summary>
    [MaxLength(2000)]
    public string? LegalReferences { get; set; }

    /// <summary>The priority patient groups the agreement concerns, one per line.</summary>
    [MaxLength(2000)]
    public string? PatientGroups { get; set; }

    /// <summary>Purpose and scope (Markdown).</summary>
    [MaxLength(4000)]
    public string? Description { get; set; }

    /// <summary>The required topics (the national guide's content requirements) its versions are checked against.</summary>
    public int? RequirementListId { get; set; }

    public RequirementList? RequirementList { get; set; }

    /// <summary>The duty of review: the agreement is to be reviewed this often (the seeds: yearly).</summary>
    public int ReviewIntervalMonths { get; set; } = 12;

    /// <summary>Notice period for termination (the seeds: one year).</summary>
    public int NoticePeriodMonths { get; set; } = 12;

    /// <summary>When notice of termination was given, and by whom; the agreement expires after the notice period.</summary>
    public DateOnly? TerminationNoticeOn { get; set; }

    public int? TerminatedByPartnerId { get; set; }

    public Partner? TerminatedByPartner { get; set; }

    /// <summary>The day nothing of the agreement is in force any more (termination plus notice, or a set end).</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The review due date the responsible person was last reminded of (one reminder per due date).</summary>
    public DateOnly? ReviewReminderSentFor { get; set; }

    public List<AgreementParty> Parties { get; set; } = [];

    public List<AgreementVersion> Versions { get; set; } = [];

    public List<AgreementReview> Reviews { get; set; } = [];

    public List<AgreementEvaluation> Evaluations { get; set; } = [];
}

public enum AgreementKind
{
    Overarching,
    SubAgreement,
    Guideline,
    Procedure,
    CollaborationAgreement,
    ServiceAgreement,
}

/// <summary>A partner that must adopt the agreement (each municipal council and the hospital board).</summary>
public class AgreementParty : TenantEntity, IPublicContent
{
    public int AgreementId { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    /// <summary>Who adopts for the partner, e.g. "Kommunestyret" or "Styret for SiV HF".</summary>
    [MaxLength(200)]
    public string? AdoptingBody { get; set; }
}

/// <summary>A review held under the duty of yearly review, with what it concluded.</summary>
public class AgreementReview : TenantEntity
{
    public int AgreementId { get; set; }

    public DateOnly ReviewedOn { get; set; }

    [MaxLength(2000)]
    public required string Summary { get; set; }
}

/// <summary>A planned evaluation (e.g. "evaluated in May and December 2026") and, once done, its findings.</summary>
public class AgreementEvaluation : TenantEntity
{
    public int AgreementId { get; set; }

    public DateOnly PlannedOn { get; set; }

    [MaxLength(500)]
    public required string Description { get; set; }

    public DateOnly? DoneOn { get; set; }

    [MaxLength(2000)]
    public string? Findings { get; set; }

    public DateTime? ReminderSentAtUtc { get; set; }
}
