using System.Text.RegularExpressions;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// Finds patient data in free text before it is stored: Norwegian identity numbers (fødselsnummer, D-, H- and
/// FH-numbers, with the control digits of both the classic and the 2032 rule), dates of birth, age with sex,
/// phone numbers and names next to words such as "pasient". A hit blocks the text; the hit says where, never what,
/// so callers can point at the text without repeating it in messages, logs or audit records.
/// <para>
/// Identity numbers are blocked only when they validate: an 11-digit number whose control digits fail (a mistyped
/// number, a bank account, a long case number) is not a hit. Dates are hits only next to a birth word
/// ("født", "f.", "fdato" …), so dates of meetings and events, times and case numbers pass.
/// </para>
/// </summary>
public static partial class PatientDataGuard
{
    /// <summary>
    /// Capitalised words that follow "pasient", "bruker" and the like in Norwegian health text without being a
    /// person's name: services, systems, places of care, relatives, pronouns and common sentence starts.
    /// </summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Helsenorge", "Kjernejournal", "Sykehuset", "Sykehus", "Kommunen", "Kommune", "Helse", "Norsk", "Legevakten",
        "Legevakt", "Fastlegen", "Fastlege", "Hjemmetjenesten", "Hjemmesykepleien", "Sykehjemmet", "Helseplattformen",
        "Pasientreiser", "Akuttmottaket", "Gerica", "Profil", "Visma", "Lifecare", "Epic", "Metavision",
        "Han", "Hun", "Hen", "Den", "Det", "De", "Dette", "Disse", "Vi", "Jeg", "Du", "Som", "Og", "Men", "Da", "Når",
        "Etter", "Før", "Ved", "Med", "Fra", "Til", "Dagen", "Samme", "Neste", "Ingen", "Ukjent", "Eldre",
        "Datter", "Sønn", "Ektefelle", "Kone", "Mann", "Samboer", "Mor", "Far", "Bror", "Søster", "Barn", "Verge",
    };

    public static IReadOnlyList<PatientDataHit> Scan(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        // Earlier families win where hits overlap: "født 31129956715" is an identity number, not a date of birth.
        var hits = new List<PatientDataHit>();
        AddIdentityNumbers(text, hits);
        AddDatesOfBirth(text, hits);
        AddAgesWithSex(text, hits);
        AddPhoneNumbers(text, hits);
        AddPatientNames(text, hits);
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

    private static void AddIdentityNumbers(string text, List<PatientDataHit> hits)
    {
        foreach (Match match in ElevenDigits().Matches(text))
        {
            if (IsIdentityNumber(string.Concat(match.Value.Where(char.IsAsciiDigit))))
            {
                Add(hits, PatientDataKind.IdentityNumber, match.Index, match.Length);
            }
        }
    }

    private static void AddDatesOfBirth(string text, List<PatientDataHit> hits)
    {
        foreach (Match match in DateOfBirth().Matches(text))
        {
            Add(hits, PatientDataKind.DateOfBirth, match.Index, match.Length);
        }
    }

    private static void AddAgesWithSex(string text, List<PatientDataHit> hits)
    {
        foreach (Match match in AgeWithSex().Matches(text))
        {
            Add(hits, PatientDataKind.AgeAndSex, match.Index, match.Length);
        }
    }

    private static void AddPhoneNumbers(string text, List<PatientDataHit> hits)
    {
        foreach (Match match in PhoneNumber().Matches(text))
        {
            Add(hits, PatientDataKind.PhoneNumber, match.Index, match.Length);
        }
    }

    private static void AddPatientNames(string text, List<PatientDataHit> hits)
    {
        foreach (var name in Names(NameAfterPatientWord(), text).Concat(Names(NameBeforePatientWord(), text)))
        {
            Add(hits, PatientDataKind.PatientName, name.Index, name.Length);
        }
    }

    /// <summary>The names a pattern finds; one starting with a known non-name is skipped and the search goes on after it.</summary>
    private static IEnumerable<Group> Names(Regex pattern, string text)
    {
        var match = pattern.Match(text);
        while (match.Success)
        {
            var first = match.Groups["first"];
            if (NotNames.Contains(first.Value))
            {
                match = pattern.Match(text, first.Index + first.Length);
                continue;
            }
            yield return match.Groups["name"];
            match = match.NextMatch();
        }
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

    private static void Add(List<PatientDataHit> hits, PatientDataKind kind, int start, int length)
    {
        if (!hits.Any(h => start < h.Start + h.Length && h.Start < start + length))
        {
            hits.Add(new PatientDataHit(kind, start, length));
        }
    }

    /// <summary>
    /// 11 digits in a row, or 6 + 5 split by a space, a dash or a dot, not inside a longer number
    /// (but right after a word and a dot, as in "fnr.31129956715").
    /// </summary>
    [GeneratedRegex(@"(?<!\d[.,]?)\d{6}[ \u00A0.\-\u2013]?\d{5}(?!\d|[.,]\d)")]
    private static partial Regex ElevenDigits();

    /// <summary>
    /// A birth word (født, fødd, f., f.d., fødselsdato, fdato, f.dato, fødselsår), then, after an optional colon and
    /// "den"/"i"/"år", a date: dd.mm.yyyy, dd.mm.yy, d/m-yy, d/m/yyyy, "3. mars 1950", "mars 1950", DDMMYY, DDMMYYYY, a bare year
    /// or "-45".
    /// </summary>
    [GeneratedRegex("""
        (?<!\p{L})(?:født|fødd|f\.\s?d\.|f\.\s?dato|fdato|fødselsdato|fødselsår|f\.)(?!\p{L})
        \s*(?::\s*)?(?:(?:den|i|år)\s+)?
        (?:
            \d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})
          | \d{1,2}/\d{1,2}\s?[-/]\s?(?:\d{4}|\d{2})
          | (?:\d{1,2}\.?\s+)?(?:jan(?:uar)?|feb(?:ruar)?|mars?|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?)\.?\s+(?:\d{4}|\d{2}|[-'’]\d{2})
          | (?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:(?:18|19|20)\d{2}|\d{2})
          | (?:18|19|20)\d{2}
          | [-–'’]\s?\d{2}
        )
        (?!\d|[.,]\d)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DateOfBirth();

    /// <summary>
    /// An age with a sex: "82 år gammel kvinne", "82-årig mann", "82 år gml. dame", "kvinne (82)", "mann, 45 år",
    /// "jente på 4 år".
    /// </summary>
    [GeneratedRegex("""
            \b\d{1,3}\s?(?:år(?:\s+(?:gammel|gamle|gml\.?))?|-?årig(?:e)?)\s+(?:kvinne|mann|dame|herre|gutt|jente)(?:n|en)?\b
          | \b(?:kvinne|mann|dame|herre|gutt|jente)(?:n|en)?(?:\s*\(\s*\d{1,3}\s*(?:år)?\s*\)|,?\s+(?:på\s+)?\d{1,3}\s?år\b)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AgeWithSex();

    /// <summary>
    /// Norwegian numbers have 8 digits, starting with 2–9, optionally after +47 or 0047, written together or
    /// grouped 2-2-2-2 or 3-2-3.
    /// </summary>
    [GeneratedRegex(@"(?<!\d[.,/]?)(?:(?:\+|00)47[ \u00A0]?)?(?:[2-9]\d{7}|[2-9]\d(?:[ \u00A0]\d{2}){3}|[2-9]\d{2}[ \u00A0]\d{2}[ \u00A0]\d{3})(?!\d|[.,/]\d)")]
    private static partial Regex PhoneNumber();

    /// <summary>
    /// A patient word (pasient(en), pas., bruker(en), beboer(en), pårørende, hr./herr, fru), then within the
    /// sentence and after an optional colon or comma, one to three capitalised words. The bare verb-like "bruker"
    /// ("kommunen bruker Gerica") needs the colon or comma. All-caps words (DIPS, PLO) and mixed case (SiV) are no
    /// names.
    /// </summary>
    [GeneratedRegex("""
        (?<!\p{L})(?i:pasient(?:en)?(?!\p{L})[ \u00A0]*[:,]?|pas\.|bruker(?:en)(?!\p{L})[ \u00A0]*[:,]?|bruker[ \u00A0]*[:,]|beboer(?:en)?(?!\p{L})[ \u00A0]*[:,]?|pårørende(?!\p{L})[ \u00A0]*[:,]?|hr\.|herr(?!\p{L})|fru(?!\p{L}))
        [ \u00A0]*
        (?<name>(?<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \u00A0]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2})(?!\p{L})
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NameAfterPatientWord();

    /// <summary>A capitalised first and last name directly before "(pasient)" or ", pasient" (or bruker, beboer).</summary>
    [GeneratedRegex("""
        (?<!\p{L})(?<name>(?<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \u00A0]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})
        (?=[ \u00A0]*\((?i:pasient|pas\.|bruker|beboer)\)|,[ \u00A0]*(?i:pasient|bruker|beboer)(?!\p{L}))
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NameBeforePatientWord();
}

/// <summary>Where in the text patient data was found, and of what kind; never the text itself.</summary>
public sealed record PatientDataHit(PatientDataKind Kind, int Start, int Length);

public enum PatientDataKind
{
    IdentityNumber,
    DateOfBirth,
    PhoneNumber,
    PatientName,
    AgeAndSex,
}
