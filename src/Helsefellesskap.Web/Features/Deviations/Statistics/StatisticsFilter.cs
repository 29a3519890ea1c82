using Helsefellesskap.Web.Infrastructure.Localization;

namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>
/// The period (a year, or some of its quarters, in Norwegian time) and the partner the statistics are for. The
/// query string names are the same on the page, the exports and the API: <c>ar</c>, <c>fra</c>, <c>til</c>, <c>partner</c>.
/// </summary>
public sealed record StatisticsFilter(int Year, int FromQuarter, int ToQuarter, int? PartnerId)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public DateTime FromUtc => QuarterStartUtc(Year, FromQuarter);

    public DateTime ToUtc => ToQuarter == 4 ? QuarterStartUtc(Year + 1, 1) : QuarterStartUtc(Year, ToQuarter + 1);

    public bool IsWholeYear => FromQuarter == 1 && ToQuarter == 4;

    public IEnumerable<int> Quarters => Enumerable.Range(FromQuarter, ToQuarter - FromQuarter + 1);

    public static DateTime QuarterStartUtc(int year, int quarter) =>
        OsloTime.ToUtc(new DateOnly(year, (3 * (quarter - 1)) + 1, 1), TimeOnly.MinValue);

    /// <summary>The filter from the query string, or the resource key of what is wrong with it; missing values default to the whole of this year.</summary>
    public static (StatisticsFilter? Filter, string? Error) From(int? year, int? fromQuarter, int? toQuarter, int? partnerId, DateOnly today)
    {
        var filter = new StatisticsFilter(year ?? today.Year, fromQuarter ?? 1, toQuarter ?? 4, partnerId);
        if (filter.Year is < FirstYear or > LastYear)
        {
            return (null, "Statistics.InvalidYear");
        }
        if (filter.FromQuarter is < 1 or > 4 || filter.ToQuarter is < 1 or > 4 || filter.FromQuarter > filter.ToQuarter)
        {
            return (null, "Statistics.InvalidQuarters");
        }
        return (filter, null);
    }

    /// <summary>"2025", or "2025, 2.–3. kvartal".</summary>
    public string PeriodText(Microsoft.Extensions.Localization.IStringLocalizer l) =>
        IsWholeYear ? Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : FromQuarter == ToQuarter ? l["Statistics.PeriodQuarter", Year, FromQuarter]
        : l["Statistics.PeriodQuarters", Year, FromQuarter, ToQuarter];

    /// <summary>For file names: "2025" or "2025-K2-K3".</summary>
    public string FileSuffix => IsWholeYear ? $"{Year}" : $"{Year}-K{FromQuarter}-K{ToQuarter}";
}
