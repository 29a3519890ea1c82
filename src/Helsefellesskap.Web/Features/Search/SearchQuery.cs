using System.Text.RegularExpressions;

namespace Helsefellesskap.Web.Features.Search;

/// <summary>
/// One part of a query that a document must contain: a single word, or a phrase (words in this order, side by side).
/// <see cref="Words"/> are the words as typed (lower-cased), for PostgreSQL, which stems them itself; <see cref="Terms"/>
/// are their stems by <see cref="NorwegianText"/>, for SQLite's index and for highlighting.
/// </summary>
public sealed record SearchClause(IReadOnlyList<string> Words, IReadOnlyList<string> Terms)
{
    public bool IsPhrase => Terms.Count > 1;
}

/// <summary>Why a text cannot be searched for.</summary>
public enum SearchQueryProblem
{
    Empty,
    TooLong,
    NoSearchableWords,
}

/// <summary>
/// What a user typed, made safe to search for: words and numbers, and "quoted phrases". Nothing else has a meaning:
/// operators, brackets, asterisks, column names and markup are separators like spaces, an unbalanced quote is ignored,
/// and stop words are dropped. Every clause must match (AND).
/// </summary>
public sealed partial record SearchQuery(IReadOnlyList<SearchClause> Clauses)
{
    public const int MaxLength = 500;

    /// <summary>Straight and typographic quotation marks all open or close a phrase.</summary>
    [GeneratedRegex("[\"“”„«»]")]
    private static partial Regex Quote();

    /// <summary>Every term of the query, for highlighting.</summary>
    public IReadOnlySet<string> Terms { get; } = Clauses.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);

    /// <summary>The query, or why there is none.</summary>
    public static (SearchQuery? Query, SearchQueryProblem? Problem) Parse(string? text)
    {
        var input = text?.Trim() ?? "";
        if (input.Length == 0)
        {
            return (null, SearchQueryProblem.Empty);
        }
        if (input.Length > MaxLength)
        {
            return (null, SearchQueryProblem.TooLong);
        }
        var parts = Quote().Split(input);
        // Between the 1st and 2nd quote, the 3rd and 4th, ...: phrases. After an odd last quote: plain words.
        var phrasesEnd = parts.Length % 2 == 1 ? parts.Length - 1 : parts.Length - 2;
        var clauses = new List<SearchClause>();
        for (var i = 0; i < parts.Length; i++)
        {
            var words = Words(parts[i]);
            if (i % 2 == 1 && i < phrasesEnd)
            {
                Add(new SearchClause(words.Select(w => w.Word).ToList(), words.Select(w => w.Term).ToList()));
            }
            else
            {
                foreach (var (word, term) in words)
                {
                    Add(new SearchClause([word], [term]));
                }
            }
        }
        return clauses.Count == 0 ? (null, SearchQueryProblem.NoSearchableWords) : (new SearchQuery(clauses), null);

        void Add(SearchClause clause)
        {
            if (clause.Terms.Count > 0 && !clauses.Any(c => c.Terms.SequenceEqual(clause.Terms)))
            {
                clauses.Add(clause);
            }
        }
    }

    /// <summary>The searchable words of a text with their terms; stop words and everything that is not a word left out.</summary>
    private static List<(string Word, string Term)> Words(string text) =>
        NorwegianText.Words(text)
            .Where(w => w.Term is not null)
            .Select(w => (text.Substring(w.Index, w.Length).ToLowerInvariant(), w.Term!))
            .ToList();
}
