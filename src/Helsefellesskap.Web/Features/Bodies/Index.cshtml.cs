using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Bodies;

[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = OsloTime.Today(clock);
        Bodies = await db.Bodies.AsNoTracking().Include(b => b.ParentBody)
            .OrderBy(b => b.Type).ThenBy(b => b.Name)
            .ToListAsync();
    }
}
