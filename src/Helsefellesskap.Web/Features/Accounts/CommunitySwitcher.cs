using System.Security.Claims;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Accounts;

/// <summary>The communities an account can work in, for the switcher and the start page.</summary>
public sealed class CommunitySwitcher(AppDbContext db)
{
    public async Task<IReadOnlyList<Community>> ForUserAsync(ClaimsPrincipal user)
    {
        var query = db.Communities.AsNoTracking();
        if (!user.IsPlatformAdministrator())
        {
            var ids = user.CommunityIds().ToList();
            query = query.Where(c => ids.Contains(c.Id));
        }
        return await query.OrderBy(c => c.Name).ToListAsync();
    }
}
