using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>The figures the statistics are broken down by, in the order they are shown.</summary>
public enum StatisticsDimension
{
    Quarter,
    Category,
    Subcategory,
    Direction,
    ReportingPartner,
    ReceivingPartner,
    ReceivingUnit,
    Phase,
    Consequence,
    Track,
    State,
}

/// <summary>One row of a breakdown: a stable key (an id, an enum name, "Q1", or "none"), its label and its count.</summary>
public sealed record StatisticsItem(string Key, string Label, int Count);

/// <summary>A breakdown whose counts add up to the total.</summary>
public sealed record DimensionCounts(StatisticsDimension Dimension, IReadOnlyList<StatisticsItem> Items);

/// <summary>Calendar days from sending to a later step, over the reports that reached it.</summary>
public sealed record DurationFigures(int Count, double? MedianDays, double? Percentile90Days);

/// <summary>The unsuppressed figures: for the secretariat only, through <see cref="PublishedStatistics"/>.</summary>
public sealed record StatisticsResult(
    StatisticsFilter Filter,
    string? PartnerName,
    int Total,
    IReadOnlyList<DimensionCounts> Dimensions,
    DurationFigures ToAcknowledged,
    DurationFigures ToClosed);

/// <summary>
/// Counts the current community's sent reports (drafts never count) of a period, from one slim projection of the
/// columns the breakdowns and durations need. Reports are counted by when they were sent, in Norwegian time.
/// </summary>
public sealed class DeviationStatistics(AppDbContext db, IStringLocalizer<SharedResource> l, IOptions<DeviationOptions> options, TimeProvider clock)
{
    private const string None = "none";

    public int Threshold => options.Value.SmallCountThreshold;

    /// <summary>
    /// The statistics for the query-string values (see <see cref="StatisticsFilter"/>), with small counts suppressed
    /// when <paramref name="suppress"/>; or the Norwegian reason the values were refused.
    /// </summary>
    public async Task<(PublishedStatistics? Statistics, string? Error)> PublishAsync(
        int? year, int? fromQuarter, int? toQuarter, int? partnerId, bool suppress, CancellationToken cancellationToken = default)
    {
        var (filter, error) = StatisticsFilter.From(year, fromQuarter, toQuarter, partnerId, OsloTime.Today(clock));
        if (filter is null)
        {
            return (null, l[error!, StatisticsFilter.FirstYear, StatisticsFilter.LastYear]);
        }
        if (partnerId is { } id && !await db.Partners.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return (null, l["Statistics.UnknownPartner"]);
        }
        return (PublishedStatistics.From(await ComputeAsync(filter, cancellationToken), Threshold, suppress), null);
    }

    public async Task<StatisticsResult> ComputeAsync(StatisticsFilter filter, CancellationToken cancellationToken = default)
    {
        var from = filter.FromUtc;
        var to = filter.ToUtc;
        var q2 = StatisticsFilter.QuarterStartUtc(filter.Year, 2);
        var q3 = StatisticsFilter.QuarterStartUtc(filter.Year, 3);
        var q4 = StatisticsFilter.QuarterStartUtc(filter.Year, 4);
        var reports = db.DeviationReports.AsNoTracking().Where(r => r.State != DeviationState.Draft && r.SentAtUtc != null && r.SentAtUtc >= from && r.SentAtUtc < to);
        if (filter.PartnerId is { } partnerId)
        {
            reports = reports.Where(r => r.ReportingPartnerId == partnerId || r.ReceivingPartnerId == partnerId);
        }

        // One slim read of the period's reports, counted here: a single index range scan is cheaper than one per breakdown.
        var rows = await reports
            .Select(r => new
            {
                SentAtUtc = r.SentAtUtc!.Value,
                r.CategoryId,
                r.SubcategoryId,
                r.ReportingPartnerId,
                r.ReceivingPartnerId,
                r.ReceivingUnitId,
                r.Direction,
                r.Phase,
                r.Consequence,
                r.Track,
                r.State,
                r.AcknowledgedAtUtc,
                r.ClosedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var byCategory = rows
            .GroupBy(r => new { Quarter = r.SentAtUtc < q2 ? 1 : r.SentAtUtc < q3 ? 2 : r.SentAtUtc < q4 ? 3 : 4, r.CategoryId, r.SubcategoryId })
            .Select(g => new { g.Key.Quarter, g.Key.CategoryId, g.Key.SubcategoryId, Count = g.Count() })
            .ToList();
        var byParty = rows
            .GroupBy(r => new { r.ReportingPartnerId, r.ReceivingPartnerId, r.ReceivingUnitId, r.Direction })
            .Select(g => new { g.Key.ReportingPartnerId, g.Key.ReceivingPartnerId, g.Key.ReceivingUnitId, g.Key.Direction, Count = g.Count() })
            .ToList();
        var byHandling = rows
            .GroupBy(r => new { r.Phase, r.Consequence, r.Track, r.State })
            .Select(g => new { g.Key.Phase, g.Key.Consequence, g.Key.Track, g.Key.State, Count = g.Count() })
            .ToList();
        var times = rows.Where(r => r.AcknowledgedAtUtc != null || r.ClosedAtUtc != null).ToList();

        var categories = await db.DeviationCategories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.ParentId, c.Label, c.IsRetired })
            .ToListAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var unitIds = byParty.Where(g => g.ReceivingUnitId != null).Select(g => g.ReceivingUnitId!.Value).Distinct().ToList();
        var units = await db.ServiceUnits.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, Partner = u.Partner!.Name })
            .ToListAsync(cancellationToken);
        var partnerNames = partners.ToDictionary(p => p.Id, p => p.Name);

        var total = byHandling.Sum(g => g.Count);
        var categoryCounts = Sum(byCategory, g => g.CategoryId, g => g.Count);
        var subcategoryCounts = Sum(byCategory, g => g.SubcategoryId, g => g.Count);
        var quarterCounts = Sum(byCategory, g => (int?)g.Quarter, g => g.Count);
        var reportingCounts = Sum(byParty, g => (int?)g.ReportingPartnerId, g => g.Count);
        var receivingCounts = Sum(byParty, g => g.ReceivingPartnerId, g => g.Count);
        var unitCounts = Sum(byParty, g => g.ReceivingUnitId, g => g.Count);

        DimensionCounts[] dimensions =
        [
            new(StatisticsDimension.Quarter, [.. filter.Quarters.Select(q => new StatisticsItem(
                $"Q{q}", l["Statistics.QuarterLabel", q], quarterCounts.GetValueOrDefault(q)))]),
            new(StatisticsDimension.Category, WithNotStated(
                categories.Where(c => c.ParentId == null && (!c.IsRetired || categoryCounts.ContainsKey(c.Id)))
                    .Select(c => Item(c.Id, c.Label, categoryCounts)), categoryCounts)),
            new(StatisticsDimension.Subcategory, WithNotStated(
                categories.Where(c => c.ParentId != null && subcategoryCounts.ContainsKey(c.Id))
                    .Select(c => Item(c.Id, c.Label, subcategoryCounts)), subcategoryCounts)),
            new(StatisticsDimension.Direction, EnumItems(byParty.Select(g => (g.Direction, g.Count)))),
            new(StatisticsDimension.ReportingPartner, WithNotStated(
                partners.Where(p => reportingCounts.ContainsKey(p.Id)).Select(p => Item(p.Id, p.Name, reportingCounts)), reportingCounts)),
            new(StatisticsDimension.ReceivingPartner, WithNotStated(
                partners.Where(p => receivingCounts.ContainsKey(p.Id)).Select(p => Item(p.Id, p.Name, receivingCounts)), receivingCounts)),
            new(StatisticsDimension.ReceivingUnit, WithNotStated(
                units.OrderBy(u => u.Partner, StringComparer.Create(WebCulture, false)).ThenBy(u => u.Name, StringComparer.Create(WebCulture, false))
                    .Select(u => Item(u.Id, l["Statistics.UnitLabel", u.Name, u.Partner], unitCounts)), unitCounts)),
            new(StatisticsDimension.Phase, EnumItems(byHandling.Select(g => (g.Phase, g.Count)))),
            new(StatisticsDimension.Consequence, EnumItems(byHandling.Select(g => (g.Consequence, g.Count)))),
            new(StatisticsDimension.Track, EnumItems(byHandling.Select(g => ((DeviationTrack?)g.Track, g.Count)))),
            new(StatisticsDimension.State, EnumItems(byHandling.Select(g => ((DeviationState?)g.State, g.Count)), skip: DeviationState.Draft)),
        ];
        var toAcknowledged = Durations(times.Where(t => t.AcknowledgedAtUtc != null).Select(t => t.AcknowledgedAtUtc!.Value - t.SentAtUtc));
        var toClosed = Durations(times.Where(t => t.ClosedAtUtc != null).Select(t => t.ClosedAtUtc!.Value - t.SentAtUtc));
        var partnerName = filter.PartnerId is { } id ? partnerNames.GetValueOrDefault(id) : null;
        return new StatisticsResult(filter, partnerName, total, dimensions, toAcknowledged, toClosed);
    }

    /// <summary>Median and 90th percentile in calendar days; a negative span (clock skew) counts as none.</summary>
    public static DurationFigures Durations(IEnumerable<TimeSpan> spans)
    {
        var days = spans.Select(s => Math.Max(0, s.TotalDays)).Order().ToList();
        return new DurationFigures(days.Count, Percentiles.Of(days, 0.5), Percentiles.Of(days, 0.9));
    }

    private static readonly CultureInfo WebCulture = CultureInfo.GetCultureInfo("nb-NO");

    private static Dictionary<int, int> Sum<T>(IEnumerable<T> groups, Func<T, int?> key, Func<T, int> count)
    {
        var sums = new Dictionary<int, int>();
        foreach (var group in groups)
        {
            var id = key(group) ?? 0;
            sums[id] = sums.GetValueOrDefault(id) + count(group);
        }
        return sums;
    }

    private static StatisticsItem Item(int id, string label, Dictionary<int, int> counts) =>
        new(id.ToString(CultureInfo.InvariantCulture), label, counts.GetValueOrDefault(id));

    /// <summary>The items, and a "not stated" row for the reports without a value (key 0), when there are any.</summary>
    private List<StatisticsItem> WithNotStated(IEnumerable<StatisticsItem> items, Dictionary<int, int> counts)
    {
        var list = items.ToList();
        if (counts.GetValueOrDefault(0) is > 0 and var missing)
        {
            list.Add(new StatisticsItem(None, l["Statistics.NotStated"], missing));
        }
        return list;
    }

    /// <summary>Every value of the enum in declaration order (zero counts too), then "not stated" if some reports lack one.</summary>
    private List<StatisticsItem> EnumItems<TEnum>(IEnumerable<(TEnum? Value, int Count)> groups, TEnum? skip = null) where TEnum : struct, Enum
    {
        var counts = new Dictionary<TEnum, int>();
        var missing = 0;
        foreach (var (value, count) in groups)
        {
            if (value is { } v)
            {
                counts[v] = counts.GetValueOrDefault(v) + count;
            }
            else
            {
                missing += count;
            }
        }
        var list = Enum.GetValues<TEnum>()
            .Where(v => skip is null || !EqualityComparer<TEnum>.Default.Equals(v, skip.Value))
            .Select(v => new StatisticsItem(v.ToString(), l.Enum(v), counts.GetValueOrDefault(v)))
            .ToList();
        if (missing > 0)
        {
            list.Add(new StatisticsItem(None, l["Statistics.NotStated"], missing));
        }
        return list;
    }
}
