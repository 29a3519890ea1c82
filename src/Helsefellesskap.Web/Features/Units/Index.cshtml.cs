using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Units;

/// <summary>Each partner's units as a tree; closed units on request, marked with the day they closed.</summary>
public sealed class IndexModel(AppDbContext db, DeviationAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "partner")]
    public int? PartnerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "nedlagte")]
    public bool ShowClosed { get; set; }

    public IReadOnlyList<PartnerUnits> Partners { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    public DeviationScope Scope { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool CanCreate => Scope.MaintainsAnyUnits();

    public async Task OnGetAsync()
    {
        Scope = await access.CurrentAsync();
        Today = OsloTime.Today(clock);
        var tree = await UnitTree.LoadAsync(db);
        var partners = await db.Partners.AsNoTracking().ToListAsync();
        partners.Sort((a, b) => UnitTree.NameComparer.Compare(a.Name, b.Name));
        PartnerOptions = partners.Select(p => new SelectListItem(p.Name, p.Id.ToString(), p.Id == PartnerId)).ToList();
        Partners = partners
            .Where(p => PartnerId is null || p.Id == PartnerId)
            .Select(p => new PartnerUnits(p, tree.RootsOf(p.Id, ShowClosed, Today), Scope.MaintainsUnitsOf(p.Id)))
            .Where(p => p.Roots.Count > 0 || p.Partner.Id == PartnerId || Scope.IsQualityContactOf(p.Partner.Id))
            .ToList();
    }
}

/// <summary>A partner's unit tree as the list shows it.</summary>
public sealed record PartnerUnits(Partner Partner, IReadOnlyList<UnitNode> Roots, bool CanEdit);
