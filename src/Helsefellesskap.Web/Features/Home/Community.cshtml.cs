using Helsefellesskap.Web.Features.Agreements.Public;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.PublicSite;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Home;

/// <summary>A community's front page: what the helsefellesskap is, who takes part, what is coming and what was published.</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class CommunityModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int UpcomingCount = 5;
    public const int PublicationCount = 10;

    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public IReadOnlyList<PublicMeetingRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<PublishedDocument> Publications { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = OsloTime.Today(clock);
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Type).ThenBy(b => b.Name).ToListAsync();
        Bodies = [.. bodies.Where(b => b.IsActiveOn(today))];
        Partners = await db.Partners.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync();
        Upcoming = [.. (await db.Meetings.AsNoTracking().Include(m => m.Body)
            .Where(m => m.Date >= today)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Take(UpcomingCount)
            .ToListAsync()).Select(PublicMeetingRow.From)];
        var bodyNames = bodies.ToDictionary(b => b.Id, b => b.ShortName);
        Publications = [.. (await db.Publications.AsNoTracking()
            .OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id)
            .Take(PublicationCount)
            .ToListAsync()).Select(p => new PublishedDocument(p, p.BodyId is { } id ? bodyNames.GetValueOrDefault(id) : null))];
    }
}

/// <summary>A row of the publication register with the short name of its body.</summary>
public sealed record PublishedDocument(Publication Publication, string? BodyShortName)
{
    /// <summary>Where the document is shown: its place on the public meeting page.</summary>
    public string Url(string communitySlug) => Publication switch
    {
        { Kind: PublicationKind.Agreement } => PublicAgreements.PathOf(communitySlug, Publication.SourceId),
        { MeetingId: not { } } => $"/{communitySlug}",
        { Kind: PublicationKind.Minutes, MeetingId: { } meetingId } => PublicMeetingRow.Url(communitySlug, meetingId) + "#referat",
        { Kind: PublicationKind.Attachment, MeetingId: { } meetingId } => PublicMeetingRow.Url(communitySlug, meetingId) + $"#vedlegg-{Publication.SourceId}",
        { MeetingId: { } meetingId } => PublicMeetingRow.Url(communitySlug, meetingId),
    };
}
