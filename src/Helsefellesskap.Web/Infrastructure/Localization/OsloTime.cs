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

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";

    public static string FormatDateTime(DateTime utc) =>
        ToOslo(utc).ToString($"{DateFormat} {TimeFormat}", CultureInfo.InvariantCulture);
}
