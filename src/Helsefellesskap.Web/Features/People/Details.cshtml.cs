using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.People;

public sealed class DetailsModel(AppDbContext db, AuditView audit, TimeProvider clock) : PageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<Membership> Current { get; private set; } = [];

    public IReadOnlyList<Membership> Former { get; private set; } = [];

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    /// <summary>"Tønsberg kommune: Hjemmetjenesten › Sone nord", when known.</summary>
    public string? WorkUnit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        if (person.WorkUnitId is { } unitId)
        {
            var units = await UnitTree.LoadAsync(db);
            WorkUnit = units.Find(unitId) is { } unit ? units.Describe(unit) : null;
        }
        var today = OsloTime.Today(clock);
        var memberships = await db.Memberships.AsNoTracking().Include(m => m.Body).Include(m => m.Partner)
            .Where(m => m.PersonId == id)
            .OrderBy(m => m.Body!.Name).ThenByDescending(m => m.From)
            .ToListAsync();
        Current = memberships.Where(m => m.To is null || m.To >= today).ToList();
        Former = memberships.Where(m => m.To < today).ToList();
        History = await audit.ForEntityAsync<Person>(id);
        return Page();
    }
}
