using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Helsefellesskap.Web.Features.Publishing;

/// <summary>
/// Output caching for what anonymous visitors see of a community: pages, feeds and files are cached per URL and
/// per <see cref="PublicStamp"/>, so any change to public content makes every instance build the page afresh.
/// Each response carries an ETag made of the stamp, so a browser's conditional GET is answered 304 from the cache.
/// Signed-in users are never served from or stored in this cache: their pages show more.
/// </summary>
public sealed class PublicCachePolicy : IOutputCachePolicy
{
    public const string Name = "Public";

    /// <summary>How long an entry may live at most; a change moves the stamp long before that.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<TenantContext>();
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            || http.User.Identity?.IsAuthenticated == true
            || tenant.CommunityId is not { } communityId)
        {
            return;
        }
        // A cached page should cost no database context: one is made only when the stamp must be read.
        var stamp = await http.RequestServices.GetRequiredService<PublicStamps>()
            .GetAsync(http.RequestServices.GetRequiredService<AppDbContext>, communityId, cancellation);
        var stampText = stamp.Value.ToString(CultureInfo.InvariantCulture);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["stamp"] = stampText;
        // The cache keeps the headers a response has when its first byte is written, so they are set now, and
        // taken off again just before they are sent if the response turns out not to be shareable.
        var entityTag = $"\"p{communityId}-{stampText}\"";
        http.Response.Headers.ETag = entityTag;
        http.Response.Headers.CacheControl = SharedCacheControl;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            if (IsShareable(http.Response))
            {
                // A file result may have put its own validator and a private Cache-Control; the content is public.
                headers.CacheControl = SharedCacheControl;
            }
            else
            {
                if (headers.ETag == entityTag)
                {
                    headers.Remove(HeaderNames.ETag);
                }
                if (headers.CacheControl == SharedCacheControl)
                {
                    headers.Remove(HeaderNames.CacheControl);
                }
            }
            return Task.CompletedTask;
        });
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Called when the response is complete: only a plain 200 without cookies may be kept for everyone.</summary>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!IsShareable(context.HttpContext.Response))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    private static bool IsShareable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK && response.Headers.SetCookie.Count == 0;

    /// <summary>Browsers and proxies may keep the page but must ask again; the ETag makes that cheap.</summary>
    private const string SharedCacheControl = "public, no-cache";
}
