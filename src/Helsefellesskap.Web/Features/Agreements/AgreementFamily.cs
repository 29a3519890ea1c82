using Helsefellesskap.Web.Features.Partners;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>An agreement in the family tree, with how deep it stands under the top.</summary>
public sealed record FamilyNode<T>(T Item, int Depth);

/// <summary>The agreement family as a tree: each parent followed by its children, siblings by code, then title.</summary>
public static class AgreementFamily
{
    /// <summary>
    /// The items in tree order. An item whose parent is not among them (or that stands in a cycle) is put at the
    /// top, so that nothing is left out of the register.
    /// </summary>
    public static IReadOnlyList<FamilyNode<T>> Order<T>(IReadOnlyCollection<T> items, Func<T, int> id, Func<T, int?> parentId, Func<T, string?> code, Func<T, string> title)
    {
        var ids = items.Select(id).ToHashSet();
        var children = items.ToLookup(i => parentId(i) is { } parent && ids.Contains(parent) ? parent : (int?)null);
        var ordered = new List<FamilyNode<T>>();
        var placed = new HashSet<int>();

        void Visit(int? parent, int depth)
        {
            foreach (var item in Siblings(children[parent]))
            {
                if (placed.Add(id(item)))
                {
                    ordered.Add(new(item, depth));
                    Visit(id(item), depth + 1);
                }
            }
        }

        IEnumerable<T> Siblings(IEnumerable<T> siblings) => siblings
            .OrderBy(i => code(i) is null)
            .ThenBy(i => code(i), CodeComparer.Instance)
            .ThenBy(i => title(i), StringComparer.CurrentCulture);

        Visit(null, 0);
        foreach (var orphan in Siblings(items.Where(i => !placed.Contains(id(i)))))
        {
            if (placed.Add(id(orphan)))
            {
                ordered.Add(new(orphan, 0));
                Visit(id(orphan), 1);
            }
        }
        return ordered;
    }

    /// <summary>The agreement and all that stand under it: none of them may become its parent.</summary>
    public static HashSet<int> SelfAndDescendants(int agreementId, IEnumerable<(int Id, int? ParentId)> agreements)
    {
        var children = agreements.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
        var found = new HashSet<int> { agreementId };
        var queue = new Queue<int>([agreementId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in children[current])
            {
                if (found.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }
        return found;
    }

    /// <summary>Orders codes as the seeds number them: "2" before "10", "4.2" after "4", letters alphabetically.</summary>
    private sealed class CodeComparer : IComparer<string?>
    {
        public static readonly CodeComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var left = (x ?? "").Split('.', '-', ' ');
            var right = (y ?? "").Split('.', '-', ' ');
            for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
            {
                var order = int.TryParse(left[i], out var a) && int.TryParse(right[i], out var b)
                    ? a.CompareTo(b)
                    : string.Compare(left[i], right[i], StringComparison.CurrentCultureIgnoreCase);
                if (order != 0)
                {
                    return order;
                }
            }
            return left.Length.CompareTo(right.Length);
        }
    }
}

/// <summary>The order parties are listed in: the hospital trust, the municipalities, then any other partner; by name within each.</summary>
public static class PartyOrder
{
    public static IOrderedEnumerable<T> Sorted<T>(IEnumerable<T> items, Func<T, Partner> partner) =>
        items.OrderBy(i => Rank(partner(i).Kind)).ThenBy(i => partner(i).Name, StringComparer.CurrentCulture);

    private static int Rank(PartnerKind kind) => kind switch
    {
        PartnerKind.HospitalTrust => 0,
        PartnerKind.Municipality => 1,
        _ => 2,
    };
}
