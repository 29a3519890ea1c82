using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Search;

/// <summary>
/// One searchable text (an agenda item, a case paper, an item's minutes or conclusion, an attachment's text),
/// derived from the records by <see cref="Publishing.PublicContentSync"/>. The full-text index lives beside it:
/// PostgreSQL indexes <see cref="Title"/> and <see cref="Text"/> with <c>to_tsvector('norwegian', …)</c> (a generated
/// column with a GIN index); SQLite's FTS5 table indexes <see cref="TitleTerms"/> and <see cref="Terms"/>, the same
/// texts stemmed by <see cref="NorwegianText"/>, because FTS5 has no Norwegian stemmer. Both are made in the migrations.
/// </summary>
public class SearchDocument : TenantEntity
{
    /// <summary>Text kept for one document, enough for every real case paper and far below PostgreSQL's tsvector limit.</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>The unit rebuilt together, e.g. <c>meeting:12</c>.</summary>
    [MaxLength(60)]
    public required string Scope { get; set; }

    public SearchDocumentKind Kind { get; set; }

    /// <summary>The id of the record the text comes from (agenda item, attachment).</summary>
    public int SourceId { get; set; }

    public int? MeetingId { get; set; }

    public int? AgendaItemId { get; set; }

    public int? BodyId { get; set; }

    public DateOnly Date { get; set; }

    public int Year { get; set; }

    [MaxLength(20)]
    public string? CaseNumber { get; set; }

    [MaxLength(400)]
    public required string Title { get; set; }

    /// <summary>Plain text (Markdown stripped), shown in snippets.</summary>
    public required string Text { get; set; }

    /// <summary>Whether anyone may find it; otherwise only people with a role in the community.</summary>
    public bool IsPublic { get; set; }

    /// <summary>SQLite only: <see cref="Title"/> as stemmed terms for FTS5.</summary>
    public string? TitleTerms { get; set; }

    /// <summary>SQLite only: <see cref="Text"/> as stemmed terms for FTS5.</summary>
    public string? Terms { get; set; }
}

/// <summary>The document types the search can be filtered on.</summary>
public enum SearchDocumentKind
{
    AgendaItem,
    CasePaper,
    Minutes,
    Conclusion,
    Attachment,
    Agreement,
}
