using System.Security.Claims;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Helsefellesskap.Web.Infrastructure.Auth;

public static class IdentitySetup
{
    public const string AuthenticationMethodClaim = "amr";

    /// <summary>Local accounts with password policy, lockout and authenticator-app two-factor sign-in.</summary>
    public static IServiceCollection AddHelsefellesskapIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<NorwegianIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<CommunityClaimsFactory>();
        services.AddApiKeyAuthentication();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/konto/logg-inn";
            o.LogoutPath = "/konto/logg-ut";
            o.AccessDeniedPath = "/konto/ingen-tilgang";
            o.Cookie.Name = "hf.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers with status codes; only pages are redirected to sign in.
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        // Role changes reach signed-in users within this time (their claims are rebuilt).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // Rebuilt claims must still say the session was opened with two factors.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(AuthenticationMethodClaim) is { } amr && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(amr.Type, amr.Value));
                }
                return Task.CompletedTask;
            };
        });

        // Keys in the database, so every instance behind a load balancer reads the others' cookies.
        services.AddDataProtection()
            .SetApplicationName("Helsefellesskap")
            .PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
