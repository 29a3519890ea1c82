using System.Globalization;

namespace Helsefellesskap.Web.Infrastructure.Localization;

/// <summary>Dates and times as Norwegians write them, in Norwegian time.</summary>
public static class OsloTime
{
    public const string DateFormat = "dd.MM.yyyy";
    public const string TimeFormat = "HH:mm";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTime ToOslo(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToOslo(clock.GetUtcNow().UtcDateTime));

    /// <summary>A local Oslo date and time as an instant (daylight saving included).</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    public static string Format(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";

    public static string FormatDateTime(DateTime utc) =>
        ToOslo(utc).ToString($"{DateFormat} {TimeFormat}", CultureInfo.InvariantCulture);
}
