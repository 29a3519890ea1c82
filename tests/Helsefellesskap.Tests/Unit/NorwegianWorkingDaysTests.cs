using Helsefellesskap.Web.Infrastructure.Localization;

namespace Helsefellesskap.Tests.Unit;

/// <summary>Norwegian public holidays and working-day arithmetic, as used for the deadlines of deviation reports.</summary>
public sealed class NorwegianWorkingDaysTests
{
    private static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_sunday_falls_on_the_known_dates(int year, string easter) =>
        Assert.Equal(Date(easter), NorwegianWorkingDays.EasterSunday(year));

    [Theory]
    [InlineData("2025-01-01")] // New Year's Day
    [InlineData("2025-04-17")] // Maundy Thursday
    [InlineData("2025-04-18")] // Good Friday
    [InlineData("2025-04-20")] // Easter Sunday
    [InlineData("2025-04-21")] // Easter Monday
    [InlineData("2025-05-01")] // Labour Day
    [InlineData("2025-05-17")] // Constitution Day
    [InlineData("2025-05-29")] // Ascension Day
    [InlineData("2025-06-08")] // Whit Sunday
    [InlineData("2025-06-09")] // Whit Monday
    [InlineData("2025-12-25")]
    [InlineData("2025-12-26")]
    public void Public_holidays_are_holidays(string date) => Assert.True(NorwegianWorkingDays.IsPublicHoliday(Date(date)));

    [Theory]
    [InlineData("2025-04-16")] // Wednesday before Easter
    [InlineData("2025-04-19")] // Easter Saturday
    [InlineData("2025-04-22")] // Tuesday after Easter
    [InlineData("2025-05-02")]
    [InlineData("2025-12-24")] // Christmas Eve is not a public holiday
    [InlineData("2025-12-31")]
    public void Other_days_are_not(string date) => Assert.False(NorwegianWorkingDays.IsPublicHoliday(Date(date)));

    [Theory]
    [InlineData("2025-04-17", false)] // holiday on a weekday
    [InlineData("2025-04-19", false)] // Saturday
    [InlineData("2025-04-22", true)]
    [InlineData("2025-12-24", true)]
    public void Working_days_are_weekdays_that_are_not_holidays(string date, bool working) =>
        Assert.Equal(working, NorwegianWorkingDays.IsWorkingDay(Date(date)));

    [Theory]
    [InlineData("2026-04-01", 5, "2026-04-13")] // over Easter: 2, 3 and 6 April
    [InlineData("2024-05-15", 5, "2024-05-24")] // over 17 May (Friday) and Whit Monday 20 May
    [InlineData("2023-05-15", 5, "2023-05-24")] // over 17 May (Wednesday) and Ascension Day 18 May
    [InlineData("2025-12-22", 5, "2025-12-31")] // over Christmas
    [InlineData("2025-12-30", 5, "2026-01-07")] // over New Year's Day
    [InlineData("2026-03-11", 5, "2026-03-18")] // an ordinary week
    [InlineData("2026-03-14", 1, "2026-03-16")] // from a Saturday
    [InlineData("2026-03-11", 0, "2026-03-11")]
    public void Adding_working_days_skips_weekends_and_holidays(string start, int days, string expected) =>
        Assert.Equal(Date(expected), NorwegianWorkingDays.Add(Date(start), days));
}
