using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Units;

/// <summary>A unit and the units directly below it.</summary>
public sealed record UnitNode(ServiceUnit Unit, IReadOnlyList<UnitNode> Children);

/// <summary>
/// The community's units as one tree per partner, read once: children in Norwegian alphabetical order,
/// each unit's path within its partner ("Hjemmetjenesten › Sone nord"), and the subtree below a unit.
/// </summary>
public sealed class UnitTree
{
    /// <summary>Names compared as Norwegians read them (æ, ø, å last; case ignored).</summary>
    public static readonly StringComparer NameComparer = StringComparer.Create(WebSetup.Norwegian, ignoreCase: true);

    private readonly Dictionary<int, ServiceUnit> byId;
    private readonly ILookup<int?, ServiceUnit> childrenOf;

    private UnitTree(List<ServiceUnit> units)
    {
        units.Sort((a, b) => NameComparer.Compare(a.Name, b.Name));
        byId = units.ToDictionary(u => u.Id);
        childrenOf = units.ToLookup(u => u.ParentId);
    }

    /// <summary>Every unit of the community, with its partner.</summary>
    public static async Task<UnitTree> LoadAsync(AppDbContext db) =>
        new(await db.ServiceUnits.AsNoTracking().Include(u => u.Partner).ToListAsync());

    public IEnumerable<ServiceUnit> All => byId.Values;

    public ServiceUnit? Find(int id) => byId.GetValueOrDefault(id);

    public IEnumerable<ServiceUnit> ChildrenOf(int id) => childrenOf[id];

    /// <summary>The partner's top-level units with everything below them; closed units (and what lies below them) only on request.</summary>
    public IReadOnlyList<UnitNode> RootsOf(int partnerId, bool includeClosed, DateOnly today) =>
        Nodes(childrenOf[null].Where(u => u.PartnerId == partnerId), includeClosed, today);

    /// <summary>The unit and all units below it.</summary>
    public IReadOnlySet<int> SubtreeOf(int id)
    {
        var all = new HashSet<int>();
        var queue = new Queue<int>([id]);
        while (queue.TryDequeue(out var next))
        {
            if (all.Add(next))
            {
                foreach (var child in childrenOf[next])
                {
                    queue.Enqueue(child.Id);
                }
            }
        }
        return all;
    }

    /// <summary>The unit and every unit above it, nearest first.</summary>
    public IEnumerable<ServiceUnit> LineOf(ServiceUnit unit)
    {
        var seen = new HashSet<int>();
        for (ServiceUnit? at = unit; at is not null && seen.Add(at.Id); at = at.ParentId is { } parent ? Find(parent) : null)
        {
            yield return at;
        }
    }

    /// <summary>The names from the partner's top-level unit down to this one.</summary>
    public string PathOf(ServiceUnit unit) => string.Join(" › ", LineOf(unit).Reverse().Select(u => u.Name));

    /// <summary>The partner and the path: "Tønsberg kommune: Hjemmetjenesten › Sone nord".</summary>
    public string Describe(ServiceUnit unit) => $"{unit.Partner!.Name}: {PathOf(unit)}";

    /// <summary>
    /// The units <paramref name="include"/> accepts, as choices grouped by partner (<c>&lt;optgroup&gt;</c>) and labelled
    /// with their path; a closed unit (kept so that an unchanged choice survives a save) says so.
    /// </summary>
    public IReadOnlyList<SelectListItem> Options(Func<ServiceUnit, bool> include, DateOnly today, string closedLabel)
    {
        var groups = new Dictionary<int, SelectListGroup>();
        return byId.Values
            .Where(include)
            .Select(u => (Unit: u, Path: PathOf(u)))
            .OrderBy(u => u.Unit.Partner!.Name, NameComparer).ThenBy(u => u.Path, NameComparer)
            .Select(u => new SelectListItem(u.Unit.IsActiveOn(today) ? u.Path : $"{u.Path} ({closedLabel})", u.Unit.Id.ToString())
            {
                Group = groups.TryGetValue(u.Unit.PartnerId, out var group)
                    ? group
                    : groups[u.Unit.PartnerId] = new SelectListGroup { Name = u.Unit.Partner!.Name },
            })
            .ToList();
    }

    /// <summary>The units directly below <paramref name="parentId"/>, or the partner's top-level units.</summary>
    public IEnumerable<ServiceUnit> SiblingsOf(int partnerId, int? parentId) =>
        childrenOf[parentId].Where(u => u.PartnerId == partnerId);

    private IReadOnlyList<UnitNode> Nodes(IEnumerable<ServiceUnit> units, bool includeClosed, DateOnly today) =>
        units.Where(u => includeClosed || u.IsActiveOn(today))
            .Select(u => new UnitNode(u, Nodes(childrenOf[u.Id], includeClosed, today)))
            .ToList();
}

/// <summary>Part of a tree as the list renders it: whether the reader may edit these units, and today's date.</summary>
public sealed record UnitTreeView(IReadOnlyList<UnitNode> Nodes, bool CanEdit, DateOnly Today);
