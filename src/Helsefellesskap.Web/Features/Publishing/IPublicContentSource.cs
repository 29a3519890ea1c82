using Helsefellesskap.Web.Features.Search;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Helsefellesskap.Web.Features.Publishing;

/// <summary>
/// What one feature contributes to the public site and the search index. A feature decides what of its records
/// is public (and what only members see); <see cref="PublicContentSync"/> stores the result.
/// </summary>
public interface IPublicContentSource
{
    /// <summary>
    /// The scopes (e.g. <c>meeting:12</c>) a saved change touches, asked after the save so new records have ids.
    /// A deleted record's entry still holds its keys; <paramref name="original"/> holds the values before the change
    /// (null for a new record), so a record moved from one scope to another refreshes both.
    /// </summary>
    Task CollectScopesAsync(AppDbContext db, EntityEntry entry, PropertyValues? original, ISet<string> scopes, CancellationToken cancellationToken);

    /// <summary>Whether this source owns a scope.</summary>
    bool Owns(string scope);

    /// <summary>Everything the scope should have in the index and the register now (empty when its record is gone).</summary>
    Task<PublicContent> BuildAsync(AppDbContext db, int communityId, string scope, CancellationToken cancellationToken);
}

/// <summary>The documents of one scope: every searchable text, and the documents that are published.</summary>
public sealed record PublicContent(IReadOnlyList<SearchDocument> SearchDocuments, IReadOnlyList<Publication> Publications)
{
    public static readonly PublicContent Empty = new([], []);
}
