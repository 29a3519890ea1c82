using System.Collections.Concurrent;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Infrastructure.Tenancy;

/// <summary>
/// The communities by slug, remembered for a few seconds: every request resolves its community, and a cached public
/// page should cost no database query. Communities are created and renamed rarely, so a short delay is harmless;
/// unknown slugs are not remembered, so a new community is found at once.
/// </summary>
public sealed class CommunityDirectory(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (Community Community, DateTime ReadAtUtc)> known = new(StringComparer.Ordinal);

    /// <summary>The community of the slug; <paramref name="database"/> is called (a context made) only when it must be read.</summary>
    public async Task<Community?> FindAsync(Func<AppDbContext> database, string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (known.TryGetValue(slug, out var entry) && now - entry.ReadAtUtc < Lifetime)
        {
            return entry.Community;
        }
        var community = await database().Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (community is null)
        {
            known.TryRemove(slug, out _);
            return null;
        }
        known[slug] = (community, now);
        return community;
    }
}
