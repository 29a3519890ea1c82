using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// The System (this platform) and its Bodies (one per helsefellesskap), with their legislative terms. A community has no
/// record times of its own: it counts as created with its first body or partner, and as modified whenever its public
/// content last changed (its <see cref="Publishing.PublicStamp"/>).
/// </summary>
public sealed class OParlBodies(AppDbContext db, IOptions<OParlOptions> options, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    private sealed record CommunityRow(int Id, string Slug, string Name, DateTime? FirstBody, DateTime? FirstPartner, DateTime? Changed);

    private sealed record TermMonth(int CommunityId, int Year, int Month, DateTime Created);

    public async Task<OParlSystem> SystemAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var communities = await CommunitiesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        return new OParlSystem(
            OParlUrls.System(baseUrl),
            OParlTime.Format(communities.Select(Created).DefaultIfEmpty(now).Min()),
            OParlTime.Format(communities.Select(Modified).DefaultIfEmpty(now).Max()))
        {
            OparlVersion = OParlTypes.Version,
            Body = OParlUrls.Bodies(baseUrl),
            Name = settings.Name ?? l["OParl.System.Name"],
            ContactEmail = settings.ContactEmail,
            ContactName = settings.ContactName,
            Website = baseUrl.TrimEnd('/') + "/",
            Vendor = settings.Vendor,
            Product = settings.Product,
            Web = baseUrl.TrimEnd('/') + "/",
        };
    }

    /// <summary>Every community as a Body, or only one (the body list is short: filtered in memory).</summary>
    public async Task<IReadOnlyList<OParlBody>> BodiesAsync(string baseUrl, int? communityId, OParlListRequest? request, CancellationToken cancellationToken)
    {
        var communities = (await CommunitiesAsync(cancellationToken))
            .Where(c => (communityId is null || c.Id == communityId) && (request is null || request.Matches(Created(c), Modified(c))))
            .ToList();
        var months = await db.Meetings.IgnoreQueryFilters().AsNoTracking()
            .Where(m => communityId == null || m.CommunityId == communityId)
            .GroupBy(m => new { m.CommunityId, m.Date.Year, m.Date.Month })
            .Select(g => new TermMonth(g.Key.CommunityId, g.Key.Year, g.Key.Month, g.Min(m => m.CreatedAtUtc)))
            .ToListAsync(cancellationToken);
        var terms = months.ToLookup(m => m.CommunityId);
        return communities.Select(c =>
        {
            var urls = new OParlUrls(baseUrl, c.Slug);
            return new OParlBody(urls.Body, OParlTime.Format(Created(c)), OParlTime.Format(Modified(c)))
            {
                System = OParlUrls.System(baseUrl),
                Name = c.Name,
                Website = urls.CommunityPage,
                Organization = urls.List("organization"),
                Person = urls.List("person"),
                Meeting = urls.List("meeting"),
                Paper = urls.List("paper"),
                LegislativeTerm = Terms(terms[c.Id], urls, embedded: true).Select(t => t.Term).ToList(),
                AgendaItem = urls.List("agendaitem"),
                Consultation = urls.List("consultation"),
                File = urls.List("file"),
                LocationList = urls.List("location"),
                LegislativeTermList = urls.List("legislativeterm"),
                Membership = urls.List("membership"),
                Classification = l["OParl.Body.Classification"],
                Web = urls.CommunityPage,
            };
        }).ToList();
    }

    /// <summary>
    /// The legislative terms of the current community that have meetings (one grouped query); created (and modified)
    /// when the first of those meetings was recorded.
    /// </summary>
    public async Task<IReadOnlyList<OParlLegislativeTerm>> TermsAsync(OParlUrls urls, OParlListRequest? request, CancellationToken cancellationToken)
    {
        var months = await db.Meetings.AsNoTracking()
            .GroupBy(m => new { m.CommunityId, m.Date.Year, m.Date.Month })
            .Select(g => new TermMonth(g.Key.CommunityId, g.Key.Year, g.Key.Month, g.Min(m => m.CreatedAtUtc)))
            .ToListAsync(cancellationToken);
        return Terms(months, urls, embedded: false)
            .Where(t => request is null || request.Matches(t.Created, t.Created))
            .Select(t => t.Term)
            .ToList();
    }

    private IEnumerable<(DateTime Created, OParlLegislativeTerm Term)> Terms(IEnumerable<TermMonth> months, OParlUrls urls, bool embedded) =>
        months.GroupBy(m => LegislativeTerms.StartYearOf(new DateOnly(m.Year, m.Month, 1)))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var created = g.Min(m => m.Created);
                var (start, end) = LegislativeTerms.Period(g.Key);
                return (created, new OParlLegislativeTerm(urls.LegislativeTerm(g.Key), OParlTime.Format(created), OParlTime.Format(created))
                {
                    Body = embedded ? null : urls.Body,
                    Name = l["OParl.LegislativeTerm.Name", start.Year, end.Year],
                    StartDate = OParlTime.Format(start),
                    EndDate = OParlTime.Format(end),
                });
            });

    private Task<List<CommunityRow>> CommunitiesAsync(CancellationToken cancellationToken) =>
        db.Communities.AsNoTracking().OrderBy(c => c.Id).Select(c => new CommunityRow(
                c.Id, c.Slug, c.Name,
                db.Bodies.IgnoreQueryFilters().Where(b => b.CommunityId == c.Id).Min(b => (DateTime?)b.CreatedAtUtc),
                db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == c.Id).Min(p => (DateTime?)p.CreatedAtUtc),
                db.PublicStamps.Where(s => s.CommunityId == c.Id).Select(s => (DateTime?)s.ChangedAtUtc).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    private DateTime Created(CommunityRow c) =>
        new[] { c.FirstBody, c.FirstPartner, c.Changed }.Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(clock.GetUtcNow().UtcDateTime).Min();

    private DateTime Modified(CommunityRow c) => OParlTime.Latest(Created(c), c.Changed);
}

/// <summary>
/// Norwegian municipal council periods, which the partners' representatives follow: elections are held every four years
/// in September (2019, 2023, 2027, …) and a period runs from 1 October of the election year to 30 September four years later.
/// </summary>
public static class LegislativeTerms
{
    private const int AnElectionYear = 2023;

    public static int StartYearOf(DateOnly date)
    {
        var year = date.Year - (((date.Year - AnElectionYear) % 4) + 4) % 4;
        return date < new DateOnly(year, 10, 1) ? year - 4 : year;
    }

    public static (DateOnly Start, DateOnly End) Period(int startYear) => (new DateOnly(startYear, 10, 1), new DateOnly(startYear + 4, 9, 30));
}

public sealed class OParlOptions
{
    public const string Section = "OParl";

    /// <summary>The System's name; the resource text when not set.</summary>
    public string? Name { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactName { get; set; }

    /// <summary>URLs of the vendor and the product, if the operator wants them shown.</summary>
    public string? Vendor { get; set; }

    public string? Product { get; set; }
}
