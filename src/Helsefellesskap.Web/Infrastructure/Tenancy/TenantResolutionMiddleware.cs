using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Infrastructure.Tenancy;

/// <summary>
/// Resolves the <c>{community}</c> route value to a <see cref="Community"/> and stores it in the
/// request's <see cref="TenantContext"/> (looked up in <see cref="CommunityDirectory"/>); an unknown slug ends
/// the request with 404, which the status-code page shows as the not-found page.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string RouteKey = "community";

    public async Task InvokeAsync(HttpContext http, TenantContext tenant, CommunityDirectory communities)
    {
        if (http.GetRouteValue(RouteKey) is string slug)
        {
            var normalised = slug.ToLowerInvariant();
            var community = await communities.FindAsync(http.RequestServices.GetRequiredService<AppDbContext>, normalised, http.RequestAborted);
            if (community is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                if (http.GetEndpoint()?.Metadata.GetMetadata<ProblemDetailsErrors>() is not null)
                {
                    var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                    await Results.Problem(title: l["Error.NotFound.Title"], detail: l["Error.NotFound.Community"], statusCode: StatusCodes.Status404NotFound)
                        .ExecuteAsync(http);
                }
                return;
            }
            tenant.Set(community);
        }
        await next(http);
    }
}
