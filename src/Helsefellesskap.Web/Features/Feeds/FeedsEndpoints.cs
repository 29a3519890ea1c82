using System.Globalization;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Feeds;

/// <summary>
/// Machine-readable ways into the public site: the Atom feed of published documents, sitemaps and robots.txt.
/// (The body calendars are in <see cref="Meetings.Calendar.MeetingCalendarEndpoints"/>.)
/// </summary>
public static class FeedsEndpoints
{
    /// <summary>
    /// For what spans communities (robots.txt, the sitemap index): no single community's stamp says when it changes,
    /// so it is kept a short, fixed while; a community's own feed and sitemap follow its stamp instead.
    /// </summary>
    public const string SiteWidePolicy = "SiteWide";

    private static readonly TimeSpan SiteWideLifetime = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddScoped<PublishedFeed>();
        services.AddScoped<Sitemaps>();
        services.AddScoped<RobotsTxt>();
        services.AddOutputCache(o => o.AddPolicy(SiteWidePolicy, b => b.Expire(SiteWideLifetime)));
        return services;
    }

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{community}/publisert.atom", AtomAsync).AllowAnonymous().CacheOutput(PublicCachePolicy.Name).WithName("PublishedFeed").ExcludeFromDescription();
        app.MapGet("/{community}/sitemap.xml", CommunitySitemapAsync).AllowAnonymous().CacheOutput(PublicCachePolicy.Name).ExcludeFromDescription();
        app.MapGet(Sitemaps.IndexPath, SitemapIndexAsync).AllowAnonymous().CacheOutput(SiteWidePolicy).ExcludeFromDescription();
        app.MapGet("/robots.txt", RobotsAsync).AllowAnonymous().CacheOutput(SiteWidePolicy).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// <c>?organ={id}</c> narrows the feed to one body. Anything but the id of a body of this community is refused
    /// with 400, so a mistyped subscription fails visibly instead of quietly showing every document.
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AtomAsync(
        string community, string? organ, AppDbContext db, PublishedFeed feed, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        Body? body = null;
        if (!string.IsNullOrEmpty(organ))
        {
            body = int.TryParse(organ, NumberStyles.None, CultureInfo.InvariantCulture, out var bodyId)
                ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId, cancellationToken)
                : null;
            if (body is null)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest, title: l["Feeds.InvalidBody"], detail: l["Feeds.InvalidBodyDetail"]);
            }
        }
        return TypedResults.Bytes(await feed.WriteAsync(body, cancellationToken), PublishedFeed.ContentType);
    }

    private static async Task<FileContentHttpResult> CommunitySitemapAsync(string community, Sitemaps sitemaps, CancellationToken cancellationToken) =>
        TypedResults.Bytes(await sitemaps.CommunityAsync(cancellationToken), Sitemaps.ContentType);

    private static async Task<FileContentHttpResult> SitemapIndexAsync(Sitemaps sitemaps, CancellationToken cancellationToken) =>
        TypedResults.Bytes(await sitemaps.IndexAsync(cancellationToken), Sitemaps.ContentType);

    private static async Task<ContentHttpResult> RobotsAsync(RobotsTxt robots, CancellationToken cancellationToken) =>
        TypedResults.Text(await robots.WriteAsync(cancellationToken), RobotsTxt.ContentType);
}
