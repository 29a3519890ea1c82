using System.Text;
using Helsefellesskap.Web.Features.Meetings.Calendar;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Feeds;

/// <summary>
/// robots.txt (RFC 9309): crawlers may read each community's public site and nothing else. Like the page policies,
/// it names what is open and closes the rest, so a new internal page is never crawled by accident. Search results are
/// left closed too (an endless space of pages whose documents the sitemap already lists).
/// </summary>
public sealed class RobotsTxt(AppDbContext db, MeetingLinks links)
{
    public const string ContentType = "text/plain; charset=utf-8";

    /// <summary>Open in every community besides <see cref="Sitemaps.CommunityPages"/>: its feeds and sitemap.</summary>
    private static readonly string[] CommunityFeeds = ["/publisert.atom", "/kalender/organ/", Sitemaps.IndexPath];

    private static readonly string[] SiteWideOpen = ["/$", "/css/", "/js/", "/favicon.ico", Sitemaps.IndexPath];

    public async Task<string> WriteAsync(CancellationToken cancellationToken)
    {
        var slugs = await db.Communities.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(cancellationToken);
        var text = new StringBuilder().Append("User-agent: *\n");
        foreach (var path in SiteWideOpen)
        {
            text.Append("Allow: ").Append(path).Append('\n');
        }
        foreach (var slug in slugs)
        {
            foreach (var path in Sitemaps.CommunityPages.Concat(CommunityFeeds))
            {
                // The front page alone ("$" ends the match), not every address that starts with the slug.
                text.Append("Allow: /").Append(slug).Append(path.Length == 0 ? "$" : path).Append('\n');
            }
        }
        text.Append("Disallow: /api/\nDisallow: /konto/\nDisallow: /\n\n")
            .Append("Sitemap: ").Append(links.Absolute(Sitemaps.IndexPath)).Append('\n');
        return text.ToString();
    }
}
