using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Partners;

[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public async Task OnGetAsync() =>
        Partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name).ToListAsync();
}
