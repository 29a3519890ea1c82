using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Infrastructure.Tenancy;

/// <summary>
/// Resolves the <c>{community}</c> route value to a <see cref="Community"/> and stores it in the
/// request's <see cref="TenantContext"/>; an unknown slug ends the request with 404.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string RouteKey = "community";

    public async Task InvokeAsync(HttpContext http, TenantContext tenant, AppDbContext db)
    {
        if (http.GetRouteValue(RouteKey) is string slug)
        {
            var normalised = slug.ToLowerInvariant();
            var community = await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == normalised);
            if (community is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            tenant.Set(community);
        }
        await next(http);
    }
}
