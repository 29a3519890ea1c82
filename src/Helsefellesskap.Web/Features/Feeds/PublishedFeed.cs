using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Helsefellesskap.Web.Features.Agreements.Public;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Meetings.Calendar;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Feeds;

/// <summary>
/// The Atom feed (RFC 4287) of what a community has published: notices, approved minutes and attachments, newest
/// first. It reads only the publication register, so it shows exactly what the publishing mechanism made public.
/// </summary>
public sealed class PublishedFeed(
    AppDbContext db, TenantContext tenant, MeetingLinks links, PublicStamps stamps, IStringLocalizer<SharedResource> l)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public const int MaxEntries = 50;

    /// <summary>The date of the tag: URIs (RFC 4151); fixed, so that an entry keeps its id for ever.</summary>
    private const string TagDate = "2026";

    public static string PathOf(string communitySlug) => $"/{communitySlug}/publisert.atom";

    /// <summary>The feed as UTF-8 XML, of one body's documents or (<paramref name="body"/> null) the whole community's.</summary>
    public async Task<byte[]> WriteAsync(Body? body, CancellationToken cancellationToken)
    {
        var community = tenant.Community ?? throw new InvalidOperationException("No community in this request.");
        var query = db.Publications.AsNoTracking();
        if (body is not null)
        {
            query = query.Where(p => p.BodyId == body.Id);
        }
        var publications = await query.OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id)
            .Take(MaxEntries).ToListAsync(cancellationToken);
        var bodies = await db.Bodies.AsNoTracking()
            .ToDictionaryAsync(b => b.Id, b => (b.ShortName, b.Name), cancellationToken);
        var attachmentIds = publications.Where(p => p.Kind == PublicationKind.Attachment).Select(p => p.SourceId).ToList();
        var fileNames = await db.Attachments.AsNoTracking().Where(a => attachmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.FileName, cancellationToken);

        var author = new SyndicationPerson { Name = community.Name, Uri = links.InCommunity("") };
        var entries = publications
            .Where(p => p.Kind != PublicationKind.Attachment || fileNames.ContainsKey(p.SourceId))
            .Select(p => Entry(p, bodies, fileNames, author))
            .ToList();
        var lastChange = entries.Count > 0
            ? entries.Max(e => e.LastUpdatedTime)
            : Instant((await stamps.GetAsync(db, community.Id, cancellationToken)).ChangedAtUtc);
        var self = PathOf(community.Slug) + (body is null ? "" : string.Create(CultureInfo.InvariantCulture, $"?organ={body.Id}"));
        var feed = new SyndicationFeed(entries)
        {
            Id = Tag(body is null ? "publisert" : string.Create(CultureInfo.InvariantCulture, $"publisert/organ/{body.Id}")),
            Title = new TextSyndicationContent(body is null
                ? l["Feeds.Title", community.Name].Value
                : l["Feeds.TitleForBody", community.Name, body.Name].Value),
            Language = "nb",
            LastUpdatedTime = lastChange,
        };
        feed.Authors.Add(author);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(links.Absolute(self)), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(links.InCommunity("/innsyn")), "text/html"));
        return FeedXml.Write(writer => feed.SaveAsAtom10(writer));
    }

    private SyndicationItem Entry(
        Publication publication, Dictionary<int, (string ShortName, string Name)> bodies, Dictionary<int, string> fileNames, SyndicationPerson author)
    {
        var (shortName, bodyName) = publication.BodyId is { } bodyId && bodies.TryGetValue(bodyId, out var body) ? body : ("", "");
        var date = OsloTime.Format(publication.Date);
        var topic = publication.Title.Trim();
        var (title, url) = publication.Kind switch
        {
            PublicationKind.Notice => (
                topic.Length == 0 ? l["Feeds.Entry.Notice", shortName, date] : l["Feeds.Entry.NoticeWithTopic", shortName, date, topic],
                links.PublicMeetingPage(MeetingId())),
            PublicationKind.Minutes => (
                topic.Length == 0 ? l["Feeds.Entry.Minutes", shortName, date] : l["Feeds.Entry.MinutesWithTopic", shortName, date, topic],
                links.PublicMeetingPage(MeetingId()) + "#referat"),
            PublicationKind.Attachment => (
                l["Feeds.Entry.Attachment", topic, shortName, date],
                links.PublicAttachment(publication.SourceId, fileNames[publication.SourceId])),
            PublicationKind.Agreement => (
                l["Agreements.Feed.Entry", topic, date],
                links.Absolute(PublicAgreements.PathOf(tenant.Slug, publication.SourceId))),
            _ => throw new InvalidOperationException($"No feed entry for {publication.Kind} publications."),
        };
        var entry = new SyndicationItem
        {
            Id = Tag(string.Create(CultureInfo.InvariantCulture, $"publication/{publication.Kind.ToString().ToLowerInvariant()}/{publication.SourceId}")),
            Title = new TextSyndicationContent(title.Value),
            Summary = new TextSyndicationContent(publication.Kind == PublicationKind.Agreement
                ? l["Agreements.Feed.Summary", bodyName, date].Value
                : l["Feeds.Entry.Summary", bodyName, date].Value),
            PublishDate = Instant(publication.PublishedAtUtc),
            LastUpdatedTime = Instant(publication.ModifiedAtUtc),
        };
        entry.Authors.Add(author);
        entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url)));
        return entry;

        int MeetingId() => publication.MeetingId ?? throw new InvalidOperationException($"{publication.Kind} publication {publication.Id} has no meeting.");
    }

    /// <summary>A tag: URI (RFC 4151) in the community, e.g. <c>tag:example.no,2026:vestfold/publication/notice/12</c>.</summary>
    private string Tag(string specific) => $"tag:{links.Host},{TagDate}:{tenant.Slug}/{specific}";

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}

/// <summary>Feeds and sitemaps are written as UTF-8 without a byte-order mark, as their clients expect.</summary>
internal static class FeedXml
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            write(writer);
        }
        return stream.ToArray();
    }
}
