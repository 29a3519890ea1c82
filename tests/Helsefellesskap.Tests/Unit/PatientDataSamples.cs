using System.Globalization;

namespace Helsefellesskap.Tests.Unit;

/// <summary>The kinds of Norwegian identity number <see cref="PatientDataSamples"/> builds.</summary>
public enum IdentityKind
{
    BirthNumber,
    DNumber,
    HNumber,
    TestNorge,
    FhNumber,
    Rule2032,
}

/// <summary>A generated text and where in it the planted identity number (or phone number) is.</summary>
public sealed record PlantedText(string Text, int Start, int Length);

/// <summary>
/// Seeded generators for property tests of the patient-data guard: valid identity numbers of every kind, built
/// from the rules in <c>shared/reference/norway.md</c> §1 independently of the guard's own code, planted in
/// Norwegian prose; and ordinary text of the kind deviation reports are full of (dates of meetings, case numbers,
/// times, counts, percentages, organisation numbers) with no patient data at all.
/// </summary>
public sealed class PatientDataSamples(int seed)
{
    private static readonly int[] K1Weights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] K2Weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    private static readonly string[] Words =
    [
        "pasienten", "ble", "skrevet", "ut", "fra", "sykehuset", "uten", "epikrise", "og", "hjemmetjenesten", "fikk",
        "ikke", "beskjed", "om", "medisinene", "før", "kvelden", "legen", "ringte", "til", "kommunen", "etter", "at",
        "meldingen", "kom", "frem", "brukeren", "manglet", "utstyr", "ved", "hjemkomst", "pårørende", "var", "ikke",
        "varslet", "Sykehuset", "i", "kommune", "PLO-melding", "DIPS", "avdelingen",
    ];

    private static readonly string[] Prefixes = ["", "(", "«", "fnr. ", "fnr.", "f.nr. ", "nr: ", "personnummer "];
    private static readonly string[] Suffixes = ["", ")", ".", ",", "»", ":", " "];

    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    private readonly Random random = new(seed);

    /// <summary>A number that passes the control digits of its kind (classic rule, or the 2032 rule with r1 in 1..3).</summary>
    public string IdentityNumber(IdentityKind kind)
    {
        while (true)
        {
            var (first9, r1) = kind switch
            {
                IdentityKind.BirthNumber => (BirthDigits(0, 0), 0),
                IdentityKind.DNumber => (BirthDigits(40, 0), 0),
                IdentityKind.HNumber => (BirthDigits(0, 40), 0),
                IdentityKind.TestNorge => (BirthDigits(0, 80), 0),
                IdentityKind.FhNumber => ([random.Next(8, 10), .. Enumerable.Range(0, 8).Select(_ => random.Next(10))], 0),
                _ => (DateDigits(new DateOnly(random.Next(2032, 2100), 1, 1).AddDays(random.Next(365)), 0, 0, random.Next(1000)), random.Next(1, 4)),
            };
            if (WithControlDigits(first9, r1) is { } number)
            {
                return number;
            }
        }
    }

    /// <summary>One digit changed: the control digits no longer hold (K2 weighs every digit with a factor prime to 11).</summary>
    public string Mistyped(string number)
    {
        var position = random.Next(number.Length);
        var digit = (number[position] - '0' + random.Next(1, 10)) % 10;
        return string.Concat(number.AsSpan(0, position), digit.ToString(CultureInfo.InvariantCulture), number.AsSpan(position + 1));
    }

    /// <summary>Written together or split 6 + 5 by a space, a dash or a dot.</summary>
    public string IdentityForm(string number) =>
        random.Next(4) switch
        {
            0 => number,
            var split => string.Concat(number.AsSpan(0, 6), " -."[split - 1].ToString(), number.AsSpan(6)),
        };

    /// <summary>A Norwegian number (mobile or landline) with or without +47/0047, grouped as people write them.</summary>
    public string PhoneNumber()
    {
        var digits = string.Concat(random.Next(2, 10).ToString(CultureInfo.InvariantCulture), Digits(7));
        var grouped = random.Next(3) switch
        {
            0 => digits,
            1 => $"{digits[..2]} {digits[2..4]} {digits[4..6]} {digits[6..]}",
            _ => $"{digits[..3]} {digits[3..5]} {digits[5..]}",
        };
        return random.Next(3) switch
        {
            0 => grouped,
            1 => "+47 " + grouped,
            _ => "0047" + grouped,
        };
    }

    /// <summary>Prose with <paramref name="planted"/> at a random place, maybe in brackets or after "fnr.".</summary>
    public PlantedText Plant(string planted)
    {
        var before = Prose(random.Next(0, 12));
        var after = Prose(random.Next(0, 12));
        var prefix = Pick(Prefixes);
        var head = string.Concat(before, before.Length > 0 ? " " : "", prefix);
        var tail = string.Concat(Pick(Suffixes), after.Length > 0 ? " " : "", after);
        return new PlantedText(head + planted + tail, head.Length, planted.Length);
    }

    /// <summary>A few sentences of ordinary report text without any patient data.</summary>
    public string OrdinaryText() =>
        string.Join(" ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => OrdinarySentence()));

    private string OrdinarySentence() => random.Next(10) switch
    {
        0 => $"Møtet {Date():dd.MM.yyyy} ble flyttet til kl. {Time()}.",
        1 => $"Sak {Year()}.{random.Next(1, 120)} ble behandlet i møtet {Date():dd.MM.yyyy}.",
        2 => $"Det gjaldt {random.Next(1, 5000)} pasienter, {random.Next(0, 101)} % av alle, og {random.Next(0, 100)},{random.Next(0, 10)} prosent kom for sent.",
        3 => $"Sykehuset i Vestfold (org.nr. {OrganisationNumber()}) svarte innen {random.Next(1, 30)} dager.",
        4 => $"Den {Date():dd.MM.yyyy} kom pasienten hjem uten epikrise, og brukeren fikk ikke medisinene.",
        5 => $"Hendelsen skjedde den {random.Next(1, 29)}. {Pick(Months)} {Year()} kl. {Time()}, i uke {random.Next(1, 53)}.",
        6 => string.Concat(Capitalised(Prose(random.Next(3, 15))), "."),
        7 => "Kommunen bruker DIPS og PLO-meldinger; pasienten bruker Helsenorge. Pasienten ble skrevet ut. Han fikk ikke medisinene.",
        8 => $"I {Year()} og {Year()} kom {random.Next(1, 999)} meldinger etter kl. {Time()}, i perioden {Date():dd.MM.yy}–{Date():dd.MM.yy}.",
        _ => $"Avtalen fra {Date():d.M.yyyy} gjelder saksnummer {Year()}/{random.Next(1, 9999)}, etter {random.Next(1, 40)} år.",
    };

    private int[] BirthDigits(int dayOffset, int monthOffset)
    {
        var born = new DateOnly(1854, 1, 1).AddDays(random.Next(new DateOnly(2039, 12, 31).DayNumber - new DateOnly(1854, 1, 1).DayNumber));
        var individual = born.Year switch
        {
            < 1900 => random.Next(500, 750),
            < 1940 => random.Next(0, 500),
            < 2000 => random.Next(2) == 0 ? random.Next(0, 500) : random.Next(900, 1000),
            _ => random.Next(500, 1000),
        };
        return DateDigits(born, dayOffset, monthOffset, individual);
    }

    private static int[] DateDigits(DateOnly date, int dayOffset, int monthOffset, int individual)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{date.Day + dayOffset:00}{date.Month + monthOffset:00}{date.Year % 100:00}{individual:000}");
        return text.Select(c => c - '0').ToArray();
    }

    private static string? WithControlDigits(int[] first9, int r1)
    {
        var k1 = Modulo(r1 - K1Weights.Select((w, i) => w * first9[i]).Sum());
        if (k1 == 10)
        {
            return null;
        }
        int[] ten = [.. first9, k1];
        var k2 = Modulo(-K2Weights.Select((w, i) => w * ten[i]).Sum());
        return k2 == 10 ? null : string.Concat(ten) + k2;
    }

    private static int Modulo(int value) => ((value % 11) + 11) % 11;

    private string Prose(int words) => string.Join(" ", Enumerable.Range(0, words).Select(_ => Pick(Words)));

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private string OrganisationNumber()
    {
        var digits = string.Concat(random.Next(8, 10).ToString(CultureInfo.InvariantCulture), Digits(8));
        return random.Next(2) == 0 ? digits : $"{digits[..3]} {digits[3..6]} {digits[6..]}";
    }

    private string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => random.Next(10)));

    private DateOnly Date() => new DateOnly(2000, 1, 1).AddDays(random.Next(new DateOnly(2040, 12, 31).DayNumber - new DateOnly(2000, 1, 1).DayNumber + 1));

    private int Year() => random.Next(2000, 2041);

    private string Time() => $"{random.Next(24):00}.{random.Next(60):00}";

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
