using System.Text.Encodings.Web;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>
/// <c>Authorization: Bearer hf_…</c> on the API: the key's user, with the same claims a cookie sign-in gives
/// (<see cref="CommunityClaimsFactory"/>). Pages keep the cookie only; the API takes either.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";

    /// <summary>The default scheme: forwards to <see cref="Scheme"/> for API calls with a bearer token, else to the cookie.</summary>
    public const string CookieOrApiKey = "CookieOrApiKey";

    private const string Bearer = "Bearer ";

    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(Scheme, null)
            .AddPolicyScheme(CookieOrApiKey, null, o => o.ForwardDefaultSelector = context =>
                IsApiCallWithToken(context.Request) ? Scheme : IdentityConstants.ApplicationScheme);
        // After AddIdentity, which made the cookie the default; sign-in and sign-out still name the cookie scheme.
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultAuthenticateScheme = CookieOrApiKey;
            o.DefaultChallengeScheme = CookieOrApiKey;
            o.DefaultForbidScheme = CookieOrApiKey;
        });
        return services;
    }

    /// <summary>Names the scheme in the OpenAPI document, so clients know how to send the key.</summary>
    public static void Describe(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "hf_… (/konto/api-nokler)",
        };
    }

    private static bool IsApiCallWithToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") &&
        request.Headers.Authorization.ToString().StartsWith(Bearer, StringComparison.OrdinalIgnoreCase);

    internal static string? TokenOf(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? header[Bearer.Length..].Trim()
            : null;
}

internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> claims,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>How stale <see cref="ApiKey.LastUsedAtUtc"/> may be: one write a minute per key, not one per call.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyAuthentication.TokenOf(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }
        if (ApiKeySecret.SecretOf(token) is not { } secret)
        {
            return AuthenticateResult.Fail("Not an API key.");
        }
        var hash = ApiKeySecret.HashOf(secret);
        var prefix = secret[..ApiKeySecret.PrefixLength];
        var candidates = await db.ApiKeys.AsNoTracking().Where(k => k.Prefix == prefix).ToListAsync(Context.RequestAborted);
        var key = candidates.FirstOrDefault(k => ApiKeySecret.Matches(k.Hash, hash));
        if (key is null || key.RevokedAtUtc is not null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        if (await users.FindByIdAsync(key.UserId) is not { } user)
        {
            return AuthenticateResult.Fail("The key's account is gone.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAtUtc is not { } lastUsed || now - lastUsed > LastUsedResolution)
        {
            // Bookkeeping, not a change of the key: written directly, so it makes no audit record.
            await db.ApiKeys.Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now), Context.RequestAborted);
        }
        var principal = await claims.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
