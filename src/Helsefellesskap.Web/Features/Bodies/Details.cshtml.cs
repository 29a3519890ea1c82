using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>A body: its mandate, current members by role, on request former members, and its history.</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class DetailsModel(AppDbContext db, AuditView audit, CommunityPermissions permissions, TimeProvider clock) : PageModel
{
    public Body Body { get; private set; } = null!;

    public IReadOnlyList<Body> Children { get; private set; } = [];

    public MandateVersion? CurrentMandate => Body.MandateVersions.MaxBy(m => m.Number);

    public IReadOnlyList<IGrouping<MembershipRole, Membership>> CurrentMembers { get; private set; } = [];

    public IReadOnlyList<Membership> FormerMembers { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "tidligere")]
    public bool ShowFormer { get; set; }

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var body = await db.Bodies.AsNoTracking()
            .Include(b => b.ParentBody)
            .Include(b => b.MandateVersions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == id);
        if (body is null)
        {
            return NotFound();
        }
        Body = body;
        Children = await db.Bodies.AsNoTracking().Where(b => b.ParentBodyId == id).OrderBy(b => b.Name).ToListAsync();

        var today = OsloTime.Today(clock);
        var memberships = await db.Memberships.AsNoTracking()
            .Include(m => m.Person).Include(m => m.Partner)
            .Where(m => m.BodyId == id && (ShowFormer || m.To == null || m.To >= today))
            .ToListAsync();
        CurrentMembers = memberships
            .Where(m => m.IsCurrentOn(today))
            .OrderBy(m => m.Role).ThenBy(m => m.Person!.Name)
            .GroupBy(m => m.Role)
            .ToList();
        FormerMembers = memberships.Where(m => m.To < today).OrderByDescending(m => m.To).ThenBy(m => m.Person!.Name).ToList();

        if (await permissions.CanReadAsync())
        {
            History = await audit.ForEntityAsync<Body>(id);
        }
        return Page();
    }
}
