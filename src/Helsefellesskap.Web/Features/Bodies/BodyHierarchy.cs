namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>Rules and shapes of the reporting tree (which body reports to which).</summary>
public static class BodyHierarchy
{
    /// <summary>
    /// True if letting <paramref name="bodyId"/> report to <paramref name="newParentId"/> would close a loop,
    /// including a body reporting to itself. <paramref name="parentOf"/> maps every body to its current parent.
    /// </summary>
    public static bool WouldCreateCycle(int? bodyId, int? newParentId, IReadOnlyDictionary<int, int?> parentOf)
    {
        if (bodyId is null)
        {
            return false;
        }
        var seen = new HashSet<int>();
        for (var current = newParentId; current is { } id; current = parentOf.GetValueOrDefault(id))
        {
            if (id == bodyId || !seen.Add(id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Bodies arranged as a forest: roots in the given order, each with its children.</summary>
    public static IReadOnlyList<BodyNode> Tree(IEnumerable<Body> bodies)
    {
        var list = bodies.ToList();
        var ids = list.Select(b => b.Id).ToHashSet();
        var children = list.ToLookup(b => b.ParentBodyId is { } p && ids.Contains(p) ? p : (int?)null);
        return Build(null);

        List<BodyNode> Build(int? parent) => children[parent].Select(b => new BodyNode(b, Build(b.Id))).ToList();
    }
}

public sealed record BodyNode(Body Body, IReadOnlyList<BodyNode> Children);
