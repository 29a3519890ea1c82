using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Helsefellesskap.Web.Features.Search;

/// <summary>
/// Norwegian text as search terms: words and numbers (a case number such as 2022.39 stays one term), lower-cased,
/// stop words dropped, each word reduced to its stem by the Snowball Norwegian stemmer, the same algorithm as
/// PostgreSQL's <c>norwegian</c> configuration, so "avtalen", "avtaler" and "avtale" all become "avtal".
/// </summary>
public static partial class NorwegianText
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>Snowball's Norwegian stop words (as PostgreSQL's norwegian.stop).</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "og", "i", "jeg", "det", "at", "en", "et", "den", "til", "er", "som", "på", "de", "med", "han", "av", "ikke",
        "ikkje", "der", "så", "var", "meg", "seg", "men", "ett", "har", "om", "vi", "min", "mitt", "ha", "hadde", "hun",
        "nå", "over", "da", "ved", "fra", "du", "ut", "sin", "dem", "oss", "opp", "man", "kan", "hans", "hvor", "eller",
        "hva", "skal", "selv", "sjøl", "her", "alle", "vil", "bli", "ble", "blei", "blitt", "kunne", "inn", "når",
        "være", "kom", "noen", "noe", "ville", "dere", "deres", "kun", "ja", "etter", "ned", "skulle", "denne", "for",
        "deg", "si", "sine", "sitt", "mot", "å", "meget", "hvorfor", "dette", "disse", "uten", "hvordan", "ingen",
        "din", "ditt", "blir", "samme", "hvilken", "hvilke", "sånn", "inni", "mellom", "vår", "hver", "hvem", "vors",
        "hvis", "både", "bare", "enn", "fordi", "før", "mange", "også", "slik", "vært", "båe", "begge", "siden",
        "dykk", "dykkar", "dei", "deira", "deires", "deim", "di", "då", "eg", "ein", "eit", "eitt", "elles", "honom",
        "hjå", "ho", "hoe", "henne", "hennar", "hennes", "hoss", "hossen", "ingi", "inkje", "korleis", "korso", "kva",
        "kvar", "kvarhelst", "kven", "kvi", "kvifor", "me", "medan", "mi", "mine", "mykje", "no", "nokon", "noka",
        "nokor", "noko", "nokre", "sia", "sidan", "so", "somt", "somme", "um", "upp", "vere", "vore", "verte", "vort",
        "varte", "vart",
    };

    /// <summary>The terms of a text, in order.</summary>
    public static IEnumerable<string> Terms(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        var stemmer = new NorwegianStemmer();
        foreach (Match match in WordPattern().Matches(text))
        {
            if (Term(stemmer, match.Value) is { } term)
            {
                yield return term;
            }
        }
    }

    /// <summary>Each word of a text with its position and term (null for a stop word), for highlighting.</summary>
    public static IEnumerable<(int Index, int Length, string? Term)> Words(string text)
    {
        var stemmer = new NorwegianStemmer();
        foreach (Match match in WordPattern().Matches(text))
        {
            yield return (match.Index, match.Length, Term(stemmer, match.Value));
        }
    }

    /// <summary>The terms joined by spaces: what SQLite's FTS5 indexes.</summary>
    public static string TermString(string? text)
    {
        var builder = new StringBuilder();
        foreach (var term in Terms(text))
        {
            builder.Append(term).Append(' ');
        }
        return builder.ToString().TrimEnd();
    }

    private static string? Term(NorwegianStemmer stemmer, string word)
    {
        var lower = word.ToLowerInvariant();
        if (StopWords.Contains(lower))
        {
            return null;
        }
        if (char.IsDigit(lower[0]))
        {
            return lower.Replace(',', '.');
        }
        stemmer.SetCurrent(lower);
        stemmer.Stem();
        return stemmer.Current;
    }
}
