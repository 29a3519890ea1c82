namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>A count in the API: <c>Count</c> is null and <c>Suppressed</c> true when it is hidden.</summary>
public sealed record CountDto(int? Count, bool Suppressed)
{
    public static CountDto From(ShownCount count) => new(count.Value, count.IsSuppressed);
}

public sealed record StatisticsItemDto(string Key, string Label, int? Count, bool Suppressed);

public sealed record StatisticsDimensionDto(StatisticsDimension Dimension, IReadOnlyList<StatisticsItemDto> Items);

/// <summary>Calendar days with one decimal; null when hidden (fewer reports than the threshold) or when none reached the step.</summary>
public sealed record DurationDto(int? Count, bool Suppressed, double? MedianDays, double? Percentile90Days);

public sealed record StatisticsDto(
    int Year,
    int FromQuarter,
    int ToQuarter,
    int? PartnerId,
    string? PartnerName,
    bool SmallCountsSuppressed,
    int SmallCountThreshold,
    CountDto Total,
    IReadOnlyList<StatisticsDimensionDto> Dimensions,
    DurationDto ToAcknowledged,
    DurationDto ToClosed)
{
    public static StatisticsDto From(PublishedStatistics s) => new(
        s.Filter.Year,
        s.Filter.FromQuarter,
        s.Filter.ToQuarter,
        s.Filter.PartnerId,
        s.PartnerName,
        s.Suppressed,
        s.Threshold,
        CountDto.From(s.Total),
        [.. s.Dimensions.Select(d => new StatisticsDimensionDto(d.Dimension,
            [.. d.Items.Select(i => new StatisticsItemDto(i.Key, i.Label, i.Count.Value, i.Count.IsSuppressed))]))],
        Duration(s.ToAcknowledged),
        Duration(s.ToClosed));

    private static DurationDto Duration(ShownDuration d) =>
        new(d.Count.Value, d.Count.IsSuppressed, Round(d.MedianDays), Round(d.Percentile90Days));

    private static double? Round(double? days) => days is { } d ? Math.Round(d, 1) : null;
}
