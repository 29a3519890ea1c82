using System.Globalization;
using System.Xml;
using Helsefellesskap.Web.Features.Meetings.Calendar;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Feeds;

/// <summary>
/// Sitemaps (sitemaps.org 0.9) of the public site. <c>/sitemap.xml</c> is an index with one sitemap per community
/// (<c>/{community}/sitemap.xml</c>): all communities' meetings together could pass the 50,000 URLs a sitemap may hold,
/// and a community's own sitemap is cached and renewed with its public stamp like its pages.
/// </summary>
public sealed class Sitemaps(AppDbContext db, MeetingLinks links)
{
    public const string ContentType = "application/xml; charset=utf-8";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>A community's public pages without ids, by path after the slug ("" for the front page).</summary>
    public static readonly IReadOnlyList<string> CommunityPages = ["", "/organer", "/organisasjonskart", "/parter", "/innsyn", "/avtaleverk"];

    public const string IndexPath = "/sitemap.xml";

    public static string PathOf(string communitySlug) => $"/{communitySlug}{IndexPath}";

    /// <summary>Every community's sitemap, dated by the last change to its public content.</summary>
    public async Task<byte[]> IndexAsync(CancellationToken cancellationToken)
    {
        var communities = await db.Communities.AsNoTracking().OrderBy(c => c.Slug)
            .Select(c => new
            {
                c.Slug,
                ChangedAtUtc = db.PublicStamps.Where(s => s.CommunityId == c.Id).Select(s => (DateTime?)s.ChangedAtUtc).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return FeedXml.Write(writer =>
        {
            writer.WriteStartElement("sitemapindex", Namespace);
            foreach (var community in communities)
            {
                WriteEntry(writer, "sitemap", links.Absolute(PathOf(community.Slug)), community.ChangedAtUtc);
            }
            writer.WriteEndElement();
        });
    }

    /// <summary>The current community's public pages: front page, bodies, partners, meeting calendar, every meeting and every agreement in force.</summary>
    public async Task<byte[]> CommunityAsync(CancellationToken cancellationToken)
    {
        var bodyIds = await db.Bodies.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                m.ModifiedAtUtc,
                PublishedChangeUtc = db.Publications.Where(p => p.MeetingId == m.Id).Max(p => (DateTime?)p.ModifiedAtUtc),
            })
            .ToListAsync(cancellationToken);
        var agreements = await db.Publications.AsNoTracking().Where(p => p.Kind == PublicationKind.Agreement).OrderBy(p => p.SourceId)
            .Select(p => new { p.SourceId, p.ModifiedAtUtc })
            .ToListAsync(cancellationToken);
        return FeedXml.Write(writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            foreach (var page in CommunityPages)
            {
                WriteEntry(writer, "url", links.InCommunity(page), null);
            }
            foreach (var bodyId in bodyIds)
            {
                WriteEntry(writer, "url", links.InCommunity(string.Create(CultureInfo.InvariantCulture, $"/organer/{bodyId}")), null);
            }
            foreach (var meeting in meetings)
            {
                var lastChange = meeting.PublishedChangeUtc > meeting.ModifiedAtUtc ? meeting.PublishedChangeUtc : meeting.ModifiedAtUtc;
                WriteEntry(writer, "url", links.PublicMeetingPage(meeting.Id), lastChange);
            }
            foreach (var agreement in agreements)
            {
                WriteEntry(writer, "url", links.InCommunity(string.Create(CultureInfo.InvariantCulture, $"/avtaleverk/{agreement.SourceId}")), agreement.ModifiedAtUtc);
            }
            writer.WriteEndElement();
        });
    }

    private static void WriteEntry(XmlWriter writer, string element, string location, DateTime? lastChangeUtc)
    {
        writer.WriteStartElement(element, Namespace);
        writer.WriteElementString("loc", Namespace, location);
        if (lastChangeUtc is { } utc)
        {
            writer.WriteElementString("lastmod", Namespace, utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        writer.WriteEndElement();
    }
}
