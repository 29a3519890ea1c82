using System.Text.RegularExpressions;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// Finds patient data in free text before it is stored: Norwegian identity numbers (fødselsnummer, D-, H- and
/// FH-numbers, with the control digits of both the classic and the 2032 rule), dates of birth, phone numbers and
/// names next to words such as "pasient". A hit blocks the text; the hit says where, never what, so callers can
/// point at the text without repeating it in messages, logs or audit records.
/// </summary>
public static partial class PatientDataGuard
{
    public static IReadOnlyList<PatientDataHit> Scan(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var hits = new List<PatientDataHit>();
        foreach (Match match in ElevenDigits().Matches(text))
        {
            var digits = string.Concat(match.Value.Where(char.IsAsciiDigit));
            if (IsIdentityNumber(digits))
            {
                hits.Add(new PatientDataHit(PatientDataKind.IdentityNumber, match.Index, match.Length));
            }
        }
        foreach (Match match in PhoneNumber().Matches(text))
        {
            if (!Overlaps(hits, match.Index, match.Length))
            {
                hits.Add(new PatientDataHit(PatientDataKind.PhoneNumber, match.Index, match.Length));
            }
        }
        return hits.OrderBy(h => h.Start).ToList();
    }

    /// <summary>
    /// An 11-digit number that passes the control digits (the 2032 rule accepts a superset of the classic one)
    /// and carries a plausible date (or is an FH-number, which has none).
    /// </summary>
    public static bool IsIdentityNumber(string digits)
    {
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }
        var d = digits.Select(c => c - '0').ToArray();
        int[] k1Weights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
        int[] k2Weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var s1 = k1Weights.Select((w, i) => w * d[i]).Sum() + d[9];
        var s2 = k2Weights.Select((w, i) => w * d[i]).Sum() + d[10];
        if (s1 % 11 > 3 || s2 % 11 != 0)
        {
            return false;
        }
        return d[0] >= 8 || HasPlausibleDate(d);
    }

    private static bool HasPlausibleDate(int[] d)
    {
        var day = (d[0] * 10) + d[1];
        var month = (d[2] * 10) + d[3];
        if (day > 40)
        {
            day -= 40; // D-number
        }
        month = month switch
        {
            > 80 => month - 80, // synthetic (Test-Norge)
            > 60 => month - 60, // synthetic NPID
            > 40 => month - 40, // H-number
            > 20 => month - 20, // NPID
            _ => month,
        };
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && day <= DaysIn(month);
    }

    private static int DaysIn(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2000, month);

    private static bool Overlaps(List<PatientDataHit> hits, int start, int length) =>
        hits.Any(h => start < h.Start + h.Length && h.Start < start + length);

    /// <summary>11 digits in a row, or 6 + 5 split by a space, a dash or a dot, not inside a longer number.</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{6}[ .\-]?\d{5}(?![\d]|[.,]\d)")]
    private static partial Regex ElevenDigits();

    /// <summary>
    /// Norwegian numbers have 8 digits, starting with 2–9, optionally after +47 or 0047, written together or
    /// grouped 2-2-2-2 or 3-2-3.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,/])(?:(?:\+|00)47[ ]?)?(?:[2-9]\d{7}|[2-9]\d(?: \d{2}){3}|[2-9]\d{2} \d{2} \d{3})(?![\d]|[.,/]\d)")]
    private static partial Regex PhoneNumber();
}

/// <summary>Where in the text patient data was found, and of what kind; never the text itself.</summary>
public sealed record PatientDataHit(PatientDataKind Kind, int Start, int Length);

public enum PatientDataKind
{
    IdentityNumber,
    DateOfBirth,
    PhoneNumber,
    PatientName,
}
