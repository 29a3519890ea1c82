using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Accounts;

/// <summary>Where an account goes after its password is accepted.</summary>
public sealed class SignInRedirects(AppDbContext db, IOptions<SecurityOptions> security)
{
    /// <summary>Administrators must have an authenticator before they can use their rights.</summary>
    public async Task<bool> MustEnableTwoFactorAsync(ApplicationUser user) =>
        security.Value.RequireTwoFactorForAdministrators && !user.TwoFactorEnabled &&
        (user.IsPlatformAdministrator || await db.CommunityAccesses.IgnoreQueryFilters()
            .AnyAsync(a => a.UserId == user.Id && a.Role == CommunityRole.Administrator));

    /// <summary>The return address if it is local, else the account's first community, else the start page.</summary>
    public async Task<string> HomeAsync(ApplicationUser user, string? returnUrl, Func<string, bool> isLocal)
    {
        if (!string.IsNullOrEmpty(returnUrl) && isLocal(returnUrl))
        {
            return returnUrl;
        }
        var slug = await db.CommunityAccesses.IgnoreQueryFilters()
            .Where(a => a.UserId == user.Id)
            .Join(db.Communities, a => a.CommunityId, c => c.Id, (_, c) => c)
            .OrderBy(c => c.Name)
            .Select(c => c.Slug)
            .FirstOrDefaultAsync();
        return slug is null ? "/" : "/" + slug;
    }
}
