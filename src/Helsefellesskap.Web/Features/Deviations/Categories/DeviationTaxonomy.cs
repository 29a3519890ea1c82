using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Deviations.Categories;

/// <summary>A category and its sub-categories, in the community's order.</summary>
public sealed record TaxonomyGroup(DeviationCategory Category, IReadOnlyList<DeviationCategory> Subcategories);

public static class DeviationTaxonomy
{
    /// <summary>The community's whole taxonomy, retired entries included, as two levels.</summary>
    public static async Task<IReadOnlyList<TaxonomyGroup>> LoadAsync(AppDbContext db)
    {
        var all = await db.DeviationCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync();
        var below = all.Where(c => c.ParentId != null).ToLookup(c => c.ParentId!.Value);
        return all.Where(c => c.ParentId == null).Select(c => new TaxonomyGroup(c, below[c.Id].ToList())).ToList();
    }

    /// <summary>A report names the entry as its category or sub-category.</summary>
    public static Task<bool> IsUsedAsync(AppDbContext db, int categoryId) =>
        db.DeviationReports.AnyAsync(r => r.CategoryId == categoryId || r.SubcategoryId == categoryId);
}
