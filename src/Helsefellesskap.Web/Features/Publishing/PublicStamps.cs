using System.Collections.Concurrent;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Publishing;

/// <summary>
/// Reads and moves the <see cref="PublicStamp"/> of a community. Reads are remembered for a moment
/// (<see cref="PublicSiteOptions.StampCacheSeconds"/>) so a cached page costs no database query; this instance forgets
/// at once when it changes something itself, other instances within that moment.
/// </summary>
public sealed class PublicStamps(IOptions<PublicSiteOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<int, (PublicStamp Stamp, DateTime ReadAtUtc)> remembered = new();

    public Task<PublicStamp> GetAsync(AppDbContext db, int communityId, CancellationToken cancellationToken) =>
        GetAsync(() => db, communityId, cancellationToken);

    /// <summary>As <see cref="GetAsync(AppDbContext, int, CancellationToken)"/>, making a context only when it must read.</summary>
    public async Task<PublicStamp> GetAsync(Func<AppDbContext> database, int communityId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (remembered.TryGetValue(communityId, out var known) && now - known.ReadAtUtc < TimeSpan.FromSeconds(options.Value.StampCacheSeconds))
        {
            return known.Stamp;
        }
        var db = database();
        var stamp = await db.PublicStamps.AsNoTracking().SingleOrDefaultAsync(s => s.CommunityId == communityId, cancellationToken)
            ?? new PublicStamp { CommunityId = communityId };
        remembered[communityId] = (stamp, now);
        return stamp;
    }

    /// <summary>Moves the stamp inside the caller's transaction (one statement, so concurrent saves cannot collide).</summary>
    public Task MoveAsync(AppDbContext db, int communityId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "PublicStamps" ("CommunityId", "Value", "ChangedAtUtc") VALUES ({communityId}, 1, {nowUtc})
            ON CONFLICT ("CommunityId") DO UPDATE SET "Value" = "PublicStamps"."Value" + 1, "ChangedAtUtc" = excluded."ChangedAtUtc"
            """,
            cancellationToken);

    public void Forget(int communityId) => remembered.TryRemove(communityId, out _);
}

public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>How long an instance trusts its last read of a community's stamp (how stale another instance's cache may be).</summary>
    public double StampCacheSeconds { get; set; } = 1;
}
