using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Partners;

public sealed class DetailsModel(AppDbContext db, AuditView audit, TimeProvider clock) : PageModel
{
    public Partner Partner { get; private set; } = null!;

    /// <summary>Current memberships in which someone represents this partner.</summary>
    public IReadOnlyList<Membership> Representatives { get; private set; } = [];

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (partner is null)
        {
            return NotFound();
        }
        Partner = partner;
        var today = OsloTime.Today(clock);
        Representatives = await db.Memberships.AsNoTracking()
            .Include(m => m.Person).Include(m => m.Body)
            .Where(m => m.PartnerId == id && m.From <= today && (m.To == null || m.To >= today))
            .OrderBy(m => m.Body!.Name).ThenBy(m => m.Role).ThenBy(m => m.Person!.Name)
            .ToListAsync();
        History = await audit.ForEntityAsync<Partner>(id);
        return Page();
    }
}
