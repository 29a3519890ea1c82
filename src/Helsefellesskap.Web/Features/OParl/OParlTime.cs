using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Localization;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// Dates and times as OParl writes them (spec section 2.4): ISO 8601 in Norwegian time with its offset,
/// no fractions and no <c>Z</c>, e.g. <c>2024-09-26T09:00:00+02:00</c>.
/// </summary>
public static class OParlTime
{
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:sszzz";
    private const string DateFormat = "yyyy-MM-dd";

    public static string Format(DateTime utc)
    {
        var local = OsloTime.ToOslo(utc);
        return new DateTimeOffset(local, OsloTime.Zone.GetUtcOffset(local)).ToString(DateTimeFormat, CultureInfo.InvariantCulture);
    }

    public static string Format(DateOnly date, TimeOnly time) => Format(OsloTime.ToUtc(date, time));

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary>The latest of a record's own change and the changes of what it embeds or depends on.</summary>
    public static DateTime Latest(DateTime value, params DateTime?[] others) =>
        others.Aggregate(value, (latest, other) => other is { } o && o > latest ? o : latest);

    /// <summary>
    /// Reads a filter value: ISO 8601 with an offset or <c>Z</c> (fractions allowed), or without (Norwegian time),
    /// or a date alone (midnight, Norwegian time). A <c>+</c> that arrived as a space (not URL-encoded) is read as <c>+</c>.
    /// </summary>
    public static bool TryParse(string text, out DateTime utc)
    {
        text = text.Trim().Replace(' ', '+');
        utc = default;
        if (text.Length == DateFormat.Length
            && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            utc = OsloTime.ToUtc(date, TimeOnly.MinValue);
            return true;
        }
        if (!text.Contains('T', StringComparison.Ordinal)
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || parsed.Kind == DateTimeKind.Unspecified && OsloTime.Zone.IsInvalidTime(parsed))
        {
            return false;
        }
        utc = parsed.Kind switch
        {
            DateTimeKind.Utc => parsed,
            DateTimeKind.Local => parsed.ToUniversalTime(),
            _ => TimeZoneInfo.ConvertTimeToUtc(parsed, OsloTime.Zone),
        };
        return true;
    }
}
