using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Public;

/// <summary>
/// Brings the search index and the publication register up to date with the calendar: a version adopted with an
/// in-force date ahead becomes public on that day, and an agreement whose expiry date has come stops being public,
/// without anyone saving anything. Hourly, it compares what is in force today with what the register publishes and
/// rebuilds only the agreements that differ (usually none), so it costs one query per run.
/// </summary>
public sealed class AgreementPublicRefresh(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AgreementPublicRefresh> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Refreshing the public agreements failed; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Rebuilds every agreement whose version in force today is not the one published; returns how many.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sync = scope.ServiceProvider.GetRequiredService<PublicContentSync>();
        // A job for every community: the tenant filter is lifted on purpose and each community handled by its id.
        var states = await AgreementStates.EvaluateAsync(db.Agreements.IgnoreQueryFilters(), OsloTime.Today(clock));
        var inForce = states.Where(s => s.Value.InForceVersionId is not null).ToDictionary(s => s.Key, s => s.Value.InForceVersionId!.Value);
        var published = await db.Publications.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Kind == PublicationKind.Agreement)
            .Select(p => new { p.SourceId, p.Date })
            .ToDictionaryAsync(p => p.SourceId, p => p.Date, cancellationToken);
        var versions = await db.AgreementVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(v => inForce.Values.Contains(v.Id))
            .ToDictionaryAsync(v => v.AgreementId, v => v.InForceFrom, cancellationToken);
        var stale = states.Keys
            .Where(id => inForce.ContainsKey(id) != published.ContainsKey(id)
                || (inForce.ContainsKey(id) && versions[id] != published[id]))
            .ToList();
        var communities = await db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => stale.Contains(a.Id))
            .Select(a => new { a.Id, a.CommunityId })
            .ToListAsync(cancellationToken);
        foreach (var community in communities.GroupBy(a => a.CommunityId))
        {
            await sync.RefreshAsync(db, community.Key, [.. community.Select(a => AgreementPublicContent.ScopeOf(a.Id))], cancellationToken);
        }
        return communities.Count;
    }
}
