using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// The choices of the report form: the partners that report and receive, their active units grouped by partner
/// (each with its path, "Hjemmetjenesten › Sone nord"), and the taxonomy in use with sub-categories grouped by category.
/// </summary>
public sealed record ReportFormOptions(
    IReadOnlyList<ReportFormOptions.Choice> Partners,
    IReadOnlyList<ReportFormOptions.Group> UnitsByPartner,
    IReadOnlyList<ReportFormOptions.Choice> Categories,
    IReadOnlyList<ReportFormOptions.Group> SubcategoriesByCategory)
{
    public static readonly ReportFormOptions Empty = new([], [], [], []);

    public sealed record Choice(int Id, string Text);

    /// <summary>The choices that belong to one partner or category (an optgroup).</summary>
    public sealed record Group(int OwnerId, string Label, IReadOnlyList<Choice> Choices);

    /// <summary>Closed units and retired categories are left out, unless the report already names them.</summary>
    public static async Task<ReportFormOptions> LoadAsync(AppDbContext db, DateOnly today, params int?[] chosenUnitIds)
    {
        var partners = await db.Partners.AsNoTracking()
            .Where(p => DeviationSubmission.ReportingKinds.Contains(p.Kind))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new Choice(p.Id, p.Name))
            .ToListAsync();
        var units = await db.ServiceUnits.AsNoTracking()
            .Select(u => new { u.Id, u.ParentId, u.PartnerId, u.Name, u.ClosedOn })
            .ToListAsync();
        var byId = units.ToDictionary(u => u.Id);
        string PathOf(int id)
        {
            var names = new List<string>();
            for (int? at = id; at is { } current && byId.TryGetValue(current, out var unit) && names.Count < 20; at = unit.ParentId)
            {
                names.Insert(0, unit.Name);
            }
            return string.Join(" › ", names);
        }
        var chosen = chosenUnitIds.OfType<int>().ToHashSet();
        var unitGroups = partners
            .Select(p => new Group(p.Id, p.Text, units
                .Where(u => u.PartnerId == p.Id && (u.ClosedOn is null || u.ClosedOn > today || chosen.Contains(u.Id)))
                .Select(u => new Choice(u.Id, PathOf(u.Id)))
                .OrderBy(c => c.Text, StringComparer.Create(Infrastructure.Web.WebSetup.Norwegian, false))
                .ToList()))
            .Where(g => g.Choices.Count > 0)
            .ToList();

        var categories = await db.DeviationCategories.AsNoTracking()
            .Where(c => !c.IsRetired)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.ParentId, c.Code, c.Name })
            .ToListAsync();
        var top = categories.Where(c => c.ParentId is null).Select(c => new Choice(c.Id, $"{c.Code} {c.Name}")).ToList();
        var subGroups = top
            .Select(t => new Group(t.Id, t.Text, categories.Where(c => c.ParentId == t.Id).Select(c => new Choice(c.Id, $"{c.Code} {c.Name}")).ToList()))
            .Where(g => g.Choices.Count > 0)
            .ToList();
        return new ReportFormOptions(partners, unitGroups, top, subGroups);
    }
}
