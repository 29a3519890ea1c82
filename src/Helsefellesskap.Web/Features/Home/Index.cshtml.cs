using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Home;

/// <summary>The platform's start page: every community on it.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Community> Communities { get; private set; } = [];

    public async Task OnGetAsync() =>
        Communities = await db.Communities.AsNoTracking().OrderBy(c => c.Name).ToListAsync();
}
