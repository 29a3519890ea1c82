using System.Security.Claims;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>
/// Puts an account's community roles into its sign-in cookie, so authorisation needs no database
/// round trip. Changing an account's access renews its security stamp, which refreshes the claims.
/// </summary>
public sealed class CommunityClaimsFactory(
    UserManager<ApplicationUser> users,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    public const string CommunityRoleClaim = "hf:community-role";
    public const string PlatformAdministratorClaim = "hf:platform-admin";
    public const string DisplayNameClaim = "hf:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.IsPlatformAdministrator)
        {
            identity.AddClaim(new Claim(PlatformAdministratorClaim, "true"));
        }
        var accesses = await db.CommunityAccesses.IgnoreQueryFilters()
            .Where(a => a.UserId == user.Id)
            .Select(a => new { a.CommunityId, a.Role })
            .ToListAsync();
        identity.AddClaims(accesses.Select(a => new Claim(CommunityRoleClaim, Format(a.CommunityId, a.Role))));
        return identity;
    }

    public static string Format(int communityId, CommunityRole role) => $"{communityId}:{role}";
}

/// <summary>Reads what <see cref="CommunityClaimsFactory"/> wrote.</summary>
public static class CommunityClaimsPrincipalExtensions
{
    public static bool IsPlatformAdministrator(this ClaimsPrincipal user) =>
        user.HasClaim(CommunityClaimsFactory.PlatformAdministratorClaim, "true");

    public static bool HasCommunityRole(this ClaimsPrincipal user, int communityId, CommunityRole role) =>
        user.HasClaim(CommunityClaimsFactory.CommunityRoleClaim, CommunityClaimsFactory.Format(communityId, role));

    public static IEnumerable<int> CommunityIds(this ClaimsPrincipal user) =>
        user.FindAll(CommunityClaimsFactory.CommunityRoleClaim)
            .Select(c => int.Parse(c.Value.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Distinct();

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(CommunityClaimsFactory.DisplayNameClaim) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    /// <summary>Administrator of at least one community, or of the platform.</summary>
    public static bool IsInAnyAdministratorRole(this ClaimsPrincipal user) =>
        user.IsPlatformAdministrator() ||
        user.FindAll(CommunityClaimsFactory.CommunityRoleClaim).Any(c => c.Value.EndsWith(":" + nameof(CommunityRole.Administrator), StringComparison.Ordinal));

    /// <summary>Signed in with a second factor in this session.</summary>
    public static bool UsedTwoFactor(this ClaimsPrincipal user) => user.HasClaim("amr", "mfa");
}
