using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Accounts.Users;

/// <summary>The accounts that have a role in this community.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<CommunityAccess> Accesses { get; private set; } = [];

    public async Task OnGetAsync() =>
        Accesses = await db.CommunityAccesses.AsNoTracking().Include(a => a.User)
            .OrderBy(a => a.Role).ThenBy(a => a.User!.DisplayName)
            .ToListAsync();
}
