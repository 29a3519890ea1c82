using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Helsefellesskap.Web.Features.Search;

/// <summary>
/// A short passage of a document around the words that matched, as HTML: everything encoded, the matching words
/// in <c>&lt;mark&gt;</c>. Words match when <see cref="NorwegianText"/> gives them a term of the query, so
/// "avtaler" is marked for a search for "avtalen". The same for both database providers.
/// </summary>
public static partial class SearchSnippet
{
    /// <summary>Words shown: about two lines of a result list.</summary>
    public const int WindowWords = 30;

    /// <summary>Words before the first hit, so that it is read in its sentence.</summary>
    private const int LeadWords = 6;

    /// <summary>
    /// Characters read around the first place a term occurs: a long attachment is not stemmed word by word
    /// for a snippet of thirty words.
    /// </summary>
    private const int RegionCharacters = 8_000;

    /// <summary>Hits weighed for the best window; enough for any text that fits the region.</summary>
    private const int MaxHitsWeighed = 200;

    private const string Ellipsis = "…";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string Build(string text, IReadOnlySet<string> terms)
    {
        var (offset, region) = Region(text, terms);
        var words = NorwegianText.Words(region).ToList();
        if (words.Count == 0)
        {
            return "";
        }
        var start = BestStart(words, terms);
        var end = Math.Min(words.Count, start + WindowWords);
        var html = new StringBuilder();
        if (offset + words[start].Index > 0)
        {
            html.Append(Ellipsis).Append(' ');
        }
        for (var i = start; i < end; i++)
        {
            var (index, length, term) = words[i];
            if (i > start)
            {
                var previousEnd = words[i - 1].Index + words[i - 1].Length;
                html.Append(Encode(Whitespace().Replace(region[previousEnd..index], " ")));
            }
            var word = Encode(region.Substring(index, length));
            html.Append(term is not null && terms.Contains(term) ? $"<mark>{word}</mark>" : word);
        }
        if (end < words.Count || offset + region.Length < text.Length)
        {
            html.Append(' ').Append(Ellipsis);
        }
        return html.ToString();
    }

    /// <summary>The part of the text to read: all of a short text, or a stretch around the first occurrence of a term.</summary>
    private static (int Offset, string Region) Region(string text, IReadOnlySet<string> terms)
    {
        if (text.Length <= RegionCharacters)
        {
            return (0, text);
        }
        // A stem is the start of each word it comes from, so a word that matches contains the term as it stands.
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - RegionCharacters / 8);
        var end = Math.Min(text.Length, start + RegionCharacters);
        // Whole words only: start after a space and end before one.
        var space = text.IndexOf(' ', start);
        if (start > 0 && space >= 0 && space < first)
        {
            start = space + 1;
        }
        var lastSpace = text.LastIndexOf(' ', end - 1);
        if (end < text.Length && lastSpace > start)
        {
            end = lastSpace;
        }
        return (start, text[start..end]);
    }

    /// <summary>Where the window shows the most different terms, then the most hits; the text's start if nothing matches.</summary>
    private static int BestStart(List<(int Index, int Length, string? Term)> words, IReadOnlySet<string> terms)
    {
        var hits = Enumerable.Range(0, words.Count).Where(i => words[i].Term is { } term && terms.Contains(term)).Take(MaxHitsWeighed).ToList();
        var best = (Start: 0, Distinct: 0, Count: 0);
        foreach (var hit in hits)
        {
            var start = Math.Max(0, hit - LeadWords);
            var inWindow = hits.Where(h => h >= start && h < start + WindowWords).ToList();
            var distinct = inWindow.Select(h => words[h].Term).Distinct().Count();
            if (distinct > best.Distinct || distinct == best.Distinct && inWindow.Count > best.Count)
            {
                best = (start, distinct, inWindow.Count);
            }
        }
        return best.Start;
    }

    private static string Encode(string text) => Encoder.Encode(text);
}
