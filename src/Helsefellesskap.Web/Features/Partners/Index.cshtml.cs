using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Partners;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public async Task OnGetAsync() =>
        Partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name).ToListAsync();
}
