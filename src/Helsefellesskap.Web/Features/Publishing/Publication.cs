using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Publishing;

/// <summary>
/// The publication register: one row per document the public can see (a meeting's notice, its approved minutes,
/// an attachment, later agreements and reports). Rows are derived, never edited: each feature's
/// <see cref="IPublicContentSource"/> says what is public, and <see cref="PublicContentSync"/> keeps the register
/// in step, so the Atom feed and the sitemap read one table whatever published the document.
/// </summary>
public class Publication : TenantEntity
{
    /// <summary>The unit the source rebuilds together, e.g. <c>meeting:12</c>.</summary>
    [MaxLength(60)]
    public required string Scope { get; set; }

    public PublicationKind Kind { get; set; }

    /// <summary>The id of the published record (the meeting for notices and minutes, the attachment for attachments).</summary>
    public int SourceId { get; set; }

    public int? MeetingId { get; set; }

    public int? BodyId { get; set; }

    /// <summary>The date the document concerns (the meeting's date).</summary>
    public DateOnly? Date { get; set; }

    [MaxLength(300)]
    public required string Title { get; set; }

    /// <summary>When it first became public; <see cref="TenantEntity.ModifiedAtUtc"/> says when it last changed.</summary>
    public DateTime PublishedAtUtc { get; set; }

    /// <summary>
    /// A hash of what the public sees, so an unchanged document keeps its modified time. A source sets it to any text
    /// that changes with the document (a file's SHA-256, a notice's revision); the register stores its hash.
    /// </summary>
    [MaxLength(64)]
    public required string ContentHash { get; set; }
}

public enum PublicationKind
{
    Notice,
    Minutes,
    Attachment,
    Agreement,
}
