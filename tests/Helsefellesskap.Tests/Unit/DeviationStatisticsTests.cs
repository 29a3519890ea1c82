using System.Xml.Linq;
using Helsefellesskap.Web.Features.Deviations.Statistics;
using static Helsefellesskap.Web.Features.Deviations.Statistics.CountMark;

namespace Helsefellesskap.Tests.Unit;

public sealed class SmallCountsTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(120, false)]
    public void Counts_from_one_to_four_are_small(int count, bool small) => Assert.Equal(small, SmallCounts.IsSmall(count, 5));

    [Fact]
    public void A_lone_small_count_takes_the_smallest_other_non_zero_count_with_it() =>
        Assert.Equal([Shown, Small, Shown, Masked, Shown], SmallCounts.Suppress([40, 3, 0, 6, 9], 5));

    [Fact]
    public void Two_small_counts_protect_each_other() =>
        Assert.Equal([Small, Shown, Small, Shown], SmallCounts.Suppress([2, 10, 4, 0], 5));

    [Fact]
    public void Seven_and_three_hide_both() => Assert.Equal([Masked, Small], SmallCounts.Suppress([7, 3], 5));

    [Fact]
    public void A_small_count_alone_in_its_table_has_nothing_to_take_with_it() =>
        Assert.Equal([Small, Shown, Shown], SmallCounts.Suppress([3, 0, 0], 5));

    [Fact]
    public void Nothing_small_hides_nothing() => Assert.Equal([Shown, Shown, Shown], SmallCounts.Suppress([5, 0, 17], 5));

    [Fact]
    public void The_threshold_is_the_configured_one() => Assert.Equal([Small, Small, Shown], SmallCounts.Suppress([9, 3, 10], 10));
}

public sealed class PercentilesTests
{
    [Fact]
    public void None_of_nothing() => Assert.Null(Percentiles.Of([], 0.5));

    [Fact]
    public void One_value_is_every_percentile()
    {
        Assert.Equal(4.0, Percentiles.Of([4.0], 0.5));
        Assert.Equal(4.0, Percentiles.Of([4.0], 0.9));
    }

    [Fact]
    public void The_median_of_an_odd_list_is_its_middle() => Assert.Equal(3.0, Percentiles.Of([1.0, 2.0, 3.0, 8.0, 9.0], 0.5));

    [Fact]
    public void The_median_of_an_even_list_lies_between_the_middle_two() => Assert.Equal(2.5, Percentiles.Of([1.0, 2.0, 3.0, 4.0], 0.5));

    [Fact]
    public void The_90th_percentile_interpolates_between_ranks()
    {
        double[] oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(9.1, Percentiles.Of(oneToTen, 0.9)!.Value, 10);
        Assert.Equal(5.5, Percentiles.Of(oneToTen, 0.5));
    }

    [Fact]
    public void Durations_are_sorted_calendar_days_and_never_negative()
    {
        var figures = DeviationStatistics.Durations([TimeSpan.FromDays(10), TimeSpan.FromHours(-3), TimeSpan.FromHours(36), TimeSpan.FromDays(2)]);
        Assert.Equal(4, figures.Count);
        Assert.Equal(1.75, figures.MedianDays!.Value, 10);
        Assert.Equal(7.6, figures.Percentile90Days!.Value, 10);
    }
}

public sealed class PublishedStatisticsTests
{
    private static StatisticsResult Result(int total, int acknowledged) => new(
        new StatisticsFilter(2019, 1, 4, null),
        null,
        total,
        [new DimensionCounts(StatisticsDimension.Category, [new("1", "C Utskrivning", total - 3), new("2", "D Legemidler", 3)])],
        new DurationFigures(acknowledged, 2.5, 6.0),
        new DurationFigures(0, null, null));

    [Fact]
    public void Suppressed_statistics_hold_no_small_count_at_all()
    {
        var published = PublishedStatistics.From(Result(10, 4), 5, suppress: true);
        var items = published.Dimensions.Single().Items;
        Assert.Equal(new ShownCount(null, Small), items[1].Count);
        Assert.Equal(new ShownCount(null, Masked), items[0].Count);
        Assert.Equal("<5", items[1].Count.Text(5));
        Assert.Equal("≥5", items[0].Count.Text(5));
        Assert.Equal(10, published.Total.Value);
        Assert.True(published.ToAcknowledged.Count.IsSuppressed);
        Assert.Null(published.ToAcknowledged.MedianDays);
        Assert.True(published.Suppressed);
    }

    [Fact]
    public void A_small_total_is_suppressed_too() =>
        Assert.Equal(Small, PublishedStatistics.From(Result(4, 0), 5, suppress: true).Total.Mark);

    [Fact]
    public void The_secretariat_sees_every_count()
    {
        var published = PublishedStatistics.From(Result(10, 4), 5, suppress: false);
        Assert.Equal([7, 3], published.Dimensions.Single().Items.Select(i => i.Count.Value!.Value));
        Assert.Equal(4, published.ToAcknowledged.Count.Value);
        Assert.Equal(2.5, published.ToAcknowledged.MedianDays);
    }
}

public sealed class StatisticsFilterTests
{
    [Fact]
    public void Quarters_begin_at_midnight_in_Norway()
    {
        var filter = new StatisticsFilter(2025, 2, 3, null);
        Assert.Equal(new DateTime(2025, 3, 31, 22, 0, 0, DateTimeKind.Utc), filter.FromUtc);
        Assert.Equal(new DateTime(2025, 9, 30, 22, 0, 0, DateTimeKind.Utc), filter.ToUtc);
        Assert.Equal(new DateTime(2024, 12, 31, 23, 0, 0, DateTimeKind.Utc), new StatisticsFilter(2025, 1, 4, null).FromUtc);
        Assert.Equal(new DateTime(2025, 12, 31, 23, 0, 0, DateTimeKind.Utc), new StatisticsFilter(2025, 1, 4, null).ToUtc);
    }

    [Fact]
    public void Missing_values_mean_the_whole_of_this_year() =>
        Assert.Equal(new StatisticsFilter(2026, 1, 4, null), StatisticsFilter.From(null, null, null, null, new DateOnly(2026, 5, 1)).Filter);

    [Theory]
    [InlineData(1999, 1, 4, "Statistics.InvalidYear")]
    [InlineData(2101, 1, 4, "Statistics.InvalidYear")]
    [InlineData(2025, 0, 4, "Statistics.InvalidQuarters")]
    [InlineData(2025, 1, 5, "Statistics.InvalidQuarters")]
    [InlineData(2025, 3, 2, "Statistics.InvalidQuarters")]
    public void Bad_periods_are_refused(int year, int from, int to, string error)
    {
        var (filter, refusal) = StatisticsFilter.From(year, from, to, null, new DateOnly(2026, 5, 1));
        Assert.Null(filter);
        Assert.Equal(error, refusal);
    }
}

public sealed class BarChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_chart_is_a_labelled_image_with_a_bar_for_each_shown_count_only(bool columns)
    {
        List<BarChartSvg.Bar> bars = [new("C Utskrivning", 7, "7"), new("D Legemidler", null, "<5"), new("E Kommunikasjon", 0, "0")];
        var svg = XElement.Parse(columns ? BarChartSvg.Columns("chart-x", "Kategori", "Beskrivelse", bars) : BarChartSvg.Bars("chart-x", "Kategori", "Beskrivelse", bars));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("chart-x-title chart-x-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Kategori", svg.Element(Svg + "title")!.Value);
        Assert.Equal("chart-x-desc", (string?)svg.Element(Svg + "desc")!.Attribute("id"));
        Assert.Single(svg.Descendants(Svg + "rect"));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "<5");
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
    }

    [Fact]
    public void Long_labels_are_shortened_with_an_ellipsis()
    {
        var label = BarChartSvg.Shorten(new string('a', 60));
        Assert.Equal(40, label.Length);
        Assert.EndsWith("…", label);
    }
}
