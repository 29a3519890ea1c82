using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>
/// One version of an agreement: its full text (Markdown) or an uploaded file, what changed, and where it was treated.
/// Its status is not stored but follows from its hearings, adoptions and in-force date (<see cref="AgreementLifecycle"/>).
/// </summary>
public class AgreementVersion : TenantEntity, IPublicContent
{
    public int AgreementId { get; set; }

    public Agreement? Agreement { get; set; }

    /// <summary>Unique within the agreement; the version table lists them in this order.</summary>
    public int Number { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The chapters changed, as the version table says it: "Hele", "5", "10 og 12".</summary>
    [MaxLength(300)]
    public string? ChaptersChanged { get; set; }

    [MaxLength(2000)]
    public string? ChangeSummary { get; set; }

    /// <summary>The full text in Markdown, sanitised when shown; chapters are its headings.</summary>
    [MaxLength(200_000)]
    public string? Text { get; set; }

    /// <summary>An uploaded file (PDF or DOCX) in the blob store, instead of or beside the text.</summary>
    [MaxLength(200)]
    public string? FileBlobKey { get; set; }

    [MaxLength(255)]
    public string? FileName { get; set; }

    [MaxLength(100)]
    public string? FileContentType { get; set; }

    public long? FileSize { get; set; }

    [MaxLength(64)]
    public string? FileSha256 { get; set; }

    /// <summary>The agenda item where this version was treated.</summary>
    public int? TreatedInItemId { get; set; }

    public AgendaItem? TreatedInItem { get; set; }

    /// <summary>Where it was treated when that meeting predates the platform, e.g. "SMH møte 2013.3".</summary>
    [MaxLength(300)]
    public string? TreatedInText { get; set; }

    /// <summary>When the version comes into force; only set once every party has adopted it.</summary>
    public DateOnly? InForceFrom { get; set; }

    public List<AgreementAdoption> Adoptions { get; set; } = [];

    public List<AgreementHearing> Hearings { get; set; } = [];

    public List<TopicCoverage> Coverage { get; set; } = [];
}

/// <summary>A party's adoption of a version: the council's or board's decision, with its date and reference.</summary>
public class AgreementAdoption : TenantEntity, IPublicContent
{
    public int VersionId { get; set; }

    public AgreementVersion? AgreementVersion { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public DateOnly AdoptedOn { get; set; }

    /// <summary>The deciding body, e.g. "Kommunestyret i Horten" or "Styret for SiV HF".</summary>
    [MaxLength(200)]
    public string? DecidedBy { get; set; }

    /// <summary>Case or decision reference in the partner's own records, e.g. "PS 45/23", or a link to it.</summary>
    [MaxLength(300)]
    public string? Reference { get; set; }
}
