using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Deviations.Roles;

/// <summary>Who has which deviation role: handlers of units, quality contacts, the quality committee, case readers.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var tree = await UnitTree.LoadAsync(db);
        var roles = await db.DeviationRoles.AsNoTracking()
            .Select(r => new { r.Id, r.PersonId, PersonName = r.Person!.Name, HasAccount = r.Person.UserId != null, r.Kind, PartnerName = r.Partner!.Name, r.UnitId })
            .ToListAsync();
        Roles = roles
            .Select(r => new RoleRow(r.Id, r.PersonId, r.PersonName, r.HasAccount, r.Kind,
                r.UnitId is { } unitId && tree.Find(unitId) is { } unit ? tree.Describe(unit) : r.PartnerName))
            .OrderBy(r => r.PersonName, UnitTree.NameComparer).ThenBy(r => r.Kind)
            .ToList();
    }
}

/// <summary>One role as the list shows it; <see cref="Scope"/> is the partner or unit it covers.</summary>
public sealed record RoleRow(int Id, int PersonId, string PersonName, bool HasAccount, DeviationRoleKind Kind, string? Scope);
