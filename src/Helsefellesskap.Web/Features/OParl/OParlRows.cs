using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// A record read for OParl, with the times the filters look at. An object's <c>modified</c> is the latest of its own
/// change and of the records it embeds or whose state decides what of it is public (<see cref="AlsoModified"/>,
/// <see cref="AlsoModified2"/>), so a client that synchronises with <c>modified_since</c> learns of every change it can see.
/// </summary>
public sealed class Stamped<T>
{
    public int Id { get; init; }

    public DateTime Created { get; init; }

    public DateTime Modified { get; init; }

    public DateTime? AlsoModified { get; init; }

    public DateTime? AlsoModified2 { get; init; }

    public required T Row { get; init; }

    public string CreatedText => OParlTime.Format(Created);

    public string ModifiedText => OParlTime.Format(OParlTime.Latest(Modified, AlsoModified, AlsoModified2));
}

/// <summary>One part of a list: the objects of one kind, counted and paged in the database.</summary>
public sealed record OParlListPart(Func<CancellationToken, Task<int>> CountAsync, Func<int, int, CancellationToken, Task<IReadOnlyList<object>>> PageAsync);

public static class OParlRows
{
    /// <summary>Only the rows whose times pass the list's filters (in the database).</summary>
    public static IQueryable<Stamped<T>> Filter<T>(this IQueryable<Stamped<T>> rows, OParlListRequest request)
    {
        if (request.CreatedSince is { } createdSince)
        {
            rows = rows.Where(r => r.Created >= createdSince);
        }
        if (request.CreatedUntil is { } createdUntil)
        {
            rows = rows.Where(r => r.Created <= createdUntil);
        }
        if (request.ModifiedSince is { } since)
        {
            rows = rows.Where(r => r.Modified >= since || r.AlsoModified >= since || r.AlsoModified2 >= since);
        }
        if (request.ModifiedUntil is { } until)
        {
            rows = rows.Where(r => r.Modified <= until && (r.AlsoModified == null || r.AlsoModified <= until)
                && (r.AlsoModified2 == null || r.AlsoModified2 <= until));
        }
        return rows;
    }

    /// <summary>A list part of filtered rows in id order, each page turned into objects by one batched build.</summary>
    public static OParlListPart Part<T>(IQueryable<Stamped<T>> rows, OParlListRequest request,
        Func<IReadOnlyList<Stamped<T>>, CancellationToken, Task<IReadOnlyList<object>>> build)
    {
        var filtered = rows.Filter(request);
        return new OParlListPart(
            cancellationToken => filtered.CountAsync(cancellationToken),
            async (skip, take, cancellationToken) =>
                await build(await filtered.OrderBy(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken), cancellationToken));
    }

    /// <summary>A list part of objects already in memory (few and cheap: communities, legislative terms).</summary>
    public static OParlListPart InMemory(IReadOnlyList<object> objects) =>
        new(_ => Task.FromResult(objects.Count), (skip, take, _) => Task.FromResult<IReadOnlyList<object>>(objects.Skip(skip).Take(take).ToList()));

    /// <summary>One page over the parts one after the other (e.g. the live objects, then the deleted ones).</summary>
    public static async Task<(int Total, List<object> Data)> PageAsync(IReadOnlyList<OParlListPart> parts, int offset, int limit, CancellationToken cancellationToken)
    {
        var data = new List<object>();
        var total = 0;
        foreach (var part in parts)
        {
            var count = await part.CountAsync(cancellationToken);
            var skip = offset - total;
            var take = Math.Min(limit - data.Count, count - Math.Max(skip, 0));
            if (take > 0 && skip < count)
            {
                data.AddRange(await part.PageAsync(Math.Max(skip, 0), take, cancellationToken));
            }
            total += count;
        }
        return (total, data);
    }
}
