using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.Categories;

/// <summary>The community's deviation taxonomy; a community without one starts from the standard A–J list.</summary>
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<TaxonomyGroup> Categories { get; private set; } = [];

    public async Task OnGetAsync() => Categories = await DeviationTaxonomy.LoadAsync(db);

    public async Task<IActionResult> OnPostStandardAsync()
    {
        // Only into an empty taxonomy: the standard codes would clash with any the community already has.
        if (!await db.DeviationCategories.AnyAsync())
        {
            db.DeviationCategories.AddRange(StandardTaxonomy.Create(tenant.RequireId()));
            await db.SaveChangesAsync();
            TempData["Status"] = l["Categories.StandardAdded"].Value;
        }
        return RedirectToPage(new { community = RouteData.Values["community"] });
    }
}
