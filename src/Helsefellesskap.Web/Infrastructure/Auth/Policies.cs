using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>
/// Every authorisation rule of the application, in one place: the policies, and which pages they guard.
/// A page not named below is for the community's administrators only, so a new page is closed until opened here.
/// </summary>
public static class Policies
{
    /// <summary>Anyone, signed in or not: the public face of a community. A marker for pages, which become anonymous.</summary>
    public const string Public = "Public";

    /// <summary>Any signed-in account, whatever its roles (its own settings, signing out).</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Anyone with a role in the current community.</summary>
    public const string CommunityReader = "CommunityReader";

    /// <summary>The secretariat of the current community, signed in with two factors.</summary>
    public const string CommunityAdministrator = "CommunityAdministrator";

    /// <summary>Operators of the platform.</summary>
    public const string PlatformAdministrator = "PlatformAdministrator";

    private static readonly Dictionary<string, string> PagePolicies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Home/Index"] = Public,
        ["/Home/Error"] = Public,
        ["/Home/Community"] = Public,
        ["/Bodies/Index"] = Public,
        ["/Bodies/Details"] = Public,
        ["/Bodies/Chart"] = Public,
        ["/Partners/Index"] = Public,
        ["/Accounts/Login"] = Public,
        ["/Accounts/LoginWithTwoFactor"] = Public,
        ["/Accounts/AccessDenied"] = Public,
        ["/Accounts/Logout"] = SignedIn,
        ["/Accounts/EnableAuthenticator"] = SignedIn,
        ["/Partners/Details"] = CommunityReader,
        ["/People/Index"] = CommunityReader,
        ["/People/Details"] = CommunityReader,
        ["/Meetings/Index"] = CommunityReader,
        ["/Meetings/Details"] = CommunityReader,
        ["/Meetings/Mine"] = CommunityReader,
        ["/Meetings/Plans/Index"] = CommunityReader,
        ["/Meetings/Plans/Details"] = CommunityReader,
        ["/Meetings/Agenda/Item"] = CommunityReader,
        ["/Meetings/Minutes/View"] = CommunityReader,
        // Answering "kommer / forfall" from the e-mail link: the secret token in the URL is the authorisation.
        ["/Meetings/Attendance/Respond"] = Public,
        ["/Matters/Index"] = CommunityReader,
        ["/Matters/Details"] = CommunityReader,
        ["/FollowUps/Index"] = CommunityReader,
        // Deviation pages check the user's DeviationScope themselves: reporters, handlers and quality contacts
        // are ordinary community users, and what each may see depends on the report.
        ["/Deviations/Index"] = CommunityReader,
        ["/Deviations/Report"] = CommunityReader,
        ["/Deviations/Details"] = CommunityReader,
        ["/Deviations/Overview"] = CommunityReader,
        ["/Deviations/Statistics/Index"] = CommunityReader,
        ["/Units/Index"] = CommunityReader,
        ["/Units/Edit"] = CommunityReader,
        ["/Accounts/ApiKeys"] = SignedIn,
        // The public site: what anyone may see of a community. Each page shows only published content
        // (Features/Meetings/Publishing/MeetingPublicity), whoever asks.
        ["/PublicSite/Calendar"] = Public,
        ["/PublicSite/Meeting"] = Public,
        ["/Search/Index"] = Public,
        // Agreement pages show versions in force to every reader, and drafts, hearings and adoption work only to the
        // secretariat and the owner body's members (AgreementAccess); editing pages are the secretariat's.
        ["/Agreements/Index"] = CommunityReader,
        ["/Agreements/Details"] = CommunityReader,
        ["/Agreements/Versions/Details"] = CommunityReader,
        ["/Agreements/Versions/Compare"] = CommunityReader,
        ["/Agreements/Adoptions/Index"] = CommunityReader,
        // Hearing pages check that the user represents an invited partner (or is the secretariat).
        ["/Agreements/Hearings/Details"] = CommunityReader,
        ["/Agreements/Hearings/Comment"] = CommunityReader,
        ["/Agreements/Hearings/Mine"] = CommunityReader,
        // The public agreement pages: versions in force only.
        ["/Agreements/Public/Index"] = Public,
        ["/Agreements/Public/Details"] = Public,
    };

    public static IServiceCollection AddHelsefellesskapAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(CommunityReader, p => p.AddRequirements(new CommunityRoleRequirement(administratorOnly: false)))
            .AddPolicy(CommunityAdministrator, p => p.AddRequirements(new CommunityRoleRequirement(administratorOnly: true)))
            .AddPolicy(PlatformAdministrator, p => p.RequireClaim(CommunityClaimsFactory.PlatformAdministratorClaim, "true"));
        services.AddScoped<IAuthorizationHandler, CommunityRoleHandler>();
        return services;
    }

    /// <summary>The policy that guards a Razor page, by its view-engine path relative to <c>/Features</c>.</summary>
    public static string ForPage(string viewEnginePath) =>
        PagePolicies.TryGetValue(viewEnginePath, out var policy) ? policy : CommunityAdministrator;

    /// <summary>Applies <see cref="ForPage"/> to every Razor page.</summary>
    public sealed class PageConvention : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            var policy = ForPage(model.ViewEnginePath);
            if (policy == Public)
            {
                model.EndpointMetadata.Add(new AllowAnonymousAttribute());
            }
            else
            {
                model.EndpointMetadata.Add(new AuthorizeAttribute(policy));
            }
        }
    }
}

/// <summary>Requires a role in the community named by the URL (any role, or administrator).</summary>
public sealed class CommunityRoleRequirement(bool administratorOnly) : IAuthorizationRequirement
{
    public bool AdministratorOnly { get; } = administratorOnly;
}

public sealed class CommunityRoleHandler(TenantContext tenant, IOptions<SecurityOptions> security)
    : AuthorizationHandler<CommunityRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CommunityRoleRequirement requirement)
    {
        var user = context.User;
        if (tenant.CommunityId is not { } communityId || user.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }
        var isAdministrator = user.IsPlatformAdministrator() || user.HasCommunityRole(communityId, CommunityRole.Administrator);
        var allowed = requirement.AdministratorOnly
            ? isAdministrator && (user.UsedTwoFactor() || !security.Value.RequireTwoFactorForAdministrators)
            : isAdministrator || user.CommunityIds().Contains(communityId);
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
