using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// The parameters of an external list (spec section 2.5): <c>page</c> (from 1), <c>limit</c> (1–1000, default 100) and
/// the filters <c>created_since</c>, <c>created_until</c>, <c>modified_since</c>, <c>modified_until</c>.
/// </summary>
public sealed record OParlListRequest(int Page, int Limit, DateTime? CreatedSince, DateTime? CreatedUntil, DateTime? ModifiedSince, DateTime? ModifiedUntil)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private static readonly string[] Filters = ["created_since", "created_until", "modified_since", "modified_until"];

    public int Offset => (Page - 1) * Limit;

    /// <summary>Deleted objects are listed only to clients that synchronise (spec: only with <c>modified_since</c>).</summary>
    public bool IncludesDeleted => ModifiedSince is not null;

    /// <summary>The request's parameters, or the Norwegian resource key of the first that is wrong.</summary>
    public static (OParlListRequest? Request, string? ErrorKey) Parse(IQueryCollection query)
    {
        if (!TryParseNumber(query["page"], 1, out var page) || page < 1)
        {
            return (null, "OParl.Error.Page");
        }
        if (!TryParseNumber(query["limit"], DefaultLimit, out var limit) || limit is < 1 or > MaxLimit)
        {
            return (null, "OParl.Error.Limit");
        }
        var dates = new DateTime?[Filters.Length];
        for (var i = 0; i < Filters.Length; i++)
        {
            var values = query[Filters[i]];
            if (values.Count > 1 || values.Count == 1 && !OParlTime.TryParse(values[0] ?? "", out _))
            {
                return (null, "OParl.Error.Date");
            }
            dates[i] = values.Count == 1 && OParlTime.TryParse(values[0]!, out var utc) ? utc : null;
        }
        return (new OParlListRequest(page, limit, dates[0], dates[1], dates[2], dates[3]), null);
    }

    private static bool TryParseNumber(Microsoft.Extensions.Primitives.StringValues values, int fallback, out int number)
    {
        number = fallback;
        return values.Count == 0
            || values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Whether an object's times pass the filters.</summary>
    public bool Matches(DateTime created, DateTime modified) =>
        (CreatedSince is not { } cs || created >= cs) && (CreatedUntil is not { } cu || created <= cu)
        && (ModifiedSince is not { } ms || modified >= ms) && (ModifiedUntil is not { } mu || modified <= mu);

    /// <summary>The list's navigation links, keeping the filters and the limit the client gave.</summary>
    public OParlLinks Links(string listUrl, IQueryCollection query, int totalPages)
    {
        string At(int page)
        {
            var builder = new QueryBuilder(query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))));
            if (page > 1)
            {
                builder.Add("page", page.ToString(CultureInfo.InvariantCulture));
            }
            return listUrl + builder.ToQueryString();
        }
        var last = Math.Max(1, totalPages);
        return new OParlLinks(At(1), Page > 1 ? At(Math.Min(Page - 1, last)) : null, At(Page), Page < last ? At(Page + 1) : null, At(last));
    }
}
