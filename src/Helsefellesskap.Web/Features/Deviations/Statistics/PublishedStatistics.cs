using System.Globalization;

namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>A count as it may be shown: the number only when <see cref="Mark"/> is <see cref="CountMark.Shown"/>.</summary>
public sealed record ShownCount(int? Value, CountMark Mark)
{
    public bool IsSuppressed => Mark != CountMark.Shown;

    /// <summary>"7", "&lt;5" or "≥5".</summary>
    public string Text(int threshold) => Mark switch
    {
        CountMark.Small => $"<{threshold}",
        CountMark.Masked => $"≥{threshold}",
        _ => Value!.Value.ToString("N0", Norwegian),
    };

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");
}

public sealed record ShownItem(string Key, string Label, ShownCount Count);

public sealed record ShownDimension(StatisticsDimension Dimension, IReadOnlyList<ShownItem> Items)
{
    /// <summary>The largest count shown, for the scale of a chart.</summary>
    public int Max => Items.Max(i => i.Count.Value) ?? 0;
}

/// <summary>Durations are withheld (null) when fewer reports than the threshold lie behind them.</summary>
public sealed record ShownDuration(ShownCount Count, double? MedianDays, double? Percentile90Days)
{
    /// <summary>Calendar days with one decimal, "–" when there is none to show.</summary>
    public static string Days(double? days) => days is { } d ? d.ToString("0.0", Norwegian) : "–";

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");
}

/// <summary>
/// The statistics as they may leave the secretariat: with suppression, no count from 1 to threshold − 1 is in
/// here (see <see cref="SmallCounts"/>); without it (the secretariat's own view), every count is.
/// </summary>
public sealed record PublishedStatistics(
    StatisticsFilter Filter,
    string? PartnerName,
    ShownCount Total,
    IReadOnlyList<ShownDimension> Dimensions,
    ShownDuration ToAcknowledged,
    ShownDuration ToClosed,
    int Threshold,
    bool Suppressed)
{
    public static PublishedStatistics From(StatisticsResult result, int threshold, bool suppress)
    {
        ShownCount Plain(int count) => new(count, CountMark.Shown);
        var total = suppress && SmallCounts.IsSmall(result.Total, threshold) ? new ShownCount(null, CountMark.Small) : Plain(result.Total);
        var dimensions = result.Dimensions.Select(d =>
        {
            var marks = suppress ? SmallCounts.Suppress([.. d.Items.Select(i => i.Count)], threshold) : null;
            return new ShownDimension(d.Dimension, [.. d.Items.Select((item, n) => new ShownItem(item.Key, item.Label,
                marks is null || marks[n] == CountMark.Shown ? Plain(item.Count) : new ShownCount(null, marks[n])))]);
        }).ToList();
        ShownDuration Duration(DurationFigures figures) =>
            suppress && SmallCounts.IsSmall(figures.Count, threshold)
                ? new ShownDuration(new ShownCount(null, CountMark.Small), null, null)
                : new ShownDuration(Plain(figures.Count), figures.MedianDays, figures.Percentile90Days);
        return new PublishedStatistics(result.Filter, result.PartnerName, total, dimensions,
            Duration(result.ToAcknowledged), Duration(result.ToClosed), threshold, suppress);
    }
}
