using System.Globalization;

namespace Helsefellesskap.Web.Features.Search;

/// <summary>A valid search: the query, the filters (body, year, document type) and the page, 1 first.</summary>
public sealed record SearchRequest(SearchQuery Query, int? BodyId, int? Year, SearchDocumentKind? Kind, int Page)
{
    public const int PageSize = 20;

    /// <summary>Deeper pages are never read by people, and cost the database more.</summary>
    public const int MaxPage = 100;

    /// <summary>
    /// On PostgreSQL, the newest matches ranked (of each visibility): ranking reads every candidate's tsvector, so a word
    /// found in thousands of documents would otherwise cost as many reads. The total is then a lower bound.
    /// </summary>
    public const int MaxRanked = 1000;

    public const int MinYear = 1900;

    public const int MaxYear = 2200;

    /// <summary>The document types as they are written in URLs (<c>type=referat</c>).</summary>
    public static readonly IReadOnlyDictionary<SearchDocumentKind, string> KindParameters = new Dictionary<SearchDocumentKind, string>
    {
        [SearchDocumentKind.AgendaItem] = "sak",
        [SearchDocumentKind.CasePaper] = "saksfremlegg",
        [SearchDocumentKind.Minutes] = "referat",
        [SearchDocumentKind.Conclusion] = "vedtak",
        [SearchDocumentKind.Attachment] = "vedlegg",
        [SearchDocumentKind.Agreement] = "avtale",
    };

    /// <summary>
    /// The request from the query string (<c>q</c>, <c>organ</c>, <c>ar</c>, <c>type</c>, <c>side</c>), or the resource key
    /// of the message that says what is wrong with it.
    /// </summary>
    public static (SearchRequest? Request, string? ErrorKey) Parse(string? q, string? organ, string? ar, string? type, string? side)
    {
        var (query, problem) = SearchQuery.Parse(q);
        if (problem is { } p)
        {
            return (null, "Search.Problem." + p);
        }
        if (!TryNumber(organ, 1, int.MaxValue, out var bodyId))
        {
            return (null, "Search.Problem.Body");
        }
        if (!TryNumber(ar, MinYear, MaxYear, out var year))
        {
            return (null, "Search.Problem.Year");
        }
        SearchDocumentKind? kind = null;
        if (!string.IsNullOrEmpty(type))
        {
            var match = KindParameters.Where(k => k.Value == type).Select(k => (SearchDocumentKind?)k.Key).FirstOrDefault();
            if (match is null)
            {
                return (null, "Search.Problem.Type");
            }
            kind = match;
        }
        if (!TryNumber(side, 1, MaxPage, out var page))
        {
            return (null, "Search.Problem.Page");
        }
        return (new SearchRequest(query!, bodyId, year, kind, page ?? 1), null);
    }

    /// <summary>An absent value is valid (no filter); a present one must be a whole number in range.</summary>
    private static bool TryNumber(string? value, int min, int max, out int? number)
    {
        number = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            number = parsed;
            return true;
        }
        return false;
    }
}
