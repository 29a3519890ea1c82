using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>A file attached to an agenda item, kept in the blob store and identified by its SHA-256.</summary>
public class Attachment : TenantEntity, IPublicContent
{
    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    [MaxLength(300)]
    public required string Title { get; set; }

    /// <summary>The name it was uploaded with, cleaned; used only as the download name.</summary>
    [MaxLength(255)]
    public required string FileName { get; set; }

    /// <summary>What the content turned out to be, whatever the name said.</summary>
    public AttachmentKind Kind { get; set; }

    public long SizeBytes { get; set; }

    [MaxLength(64)]
    public required string Sha256 { get; set; }

    [MaxLength(200)]
    public required string BlobKey { get; set; }

    /// <summary>Plain text read from PDF and DOCX files, for search.</summary>
    public string? ExtractedText { get; set; }

    public int? PageCount { get; set; }

    public int SortOrder { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}

public enum AttachmentKind
{
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Png,
    Jpeg,
}
