using System.Security.Claims;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// What one user may see and do with deviation reports in the current community. Reporters see their own reports;
/// unit handlers see reports to and from their units (and the units below them); quality contacts see all of their
/// partner's reports; case readers see every report. The secretariat and the quality committee see statistics and
/// de-identified lists only, unless also given case access.
/// </summary>
public sealed record DeviationScope(
    string UserId,
    bool IsSecretariat,
    IReadOnlySet<int> HandledUnitIds,
    IReadOnlySet<int> QualityPartnerIds,
    bool IsCaseReader,
    bool IsStatisticsReader)
{
    /// <summary>De-identified lists: no free text, no reporter, no local reference, no exact dates.</summary>
    public bool CanSeeDeidentifiedList => IsSecretariat || IsStatisticsReader || IsCaseReader;

    /// <summary>Counts under the threshold are suppressed for everyone but the secretariat.</summary>
    public bool SeesSmallCounts => IsSecretariat;

    public bool HandlesAnything => HandledUnitIds.Count > 0 || QualityPartnerIds.Count > 0;

    /// <summary>Reports this user may read in full. Drafts only ever to their author.</summary>
    public IQueryable<DeviationReport> Readable(IQueryable<DeviationReport> reports)
    {
        if (IsCaseReader)
        {
            return reports.Where(r => r.ReporterUserId == UserId || r.State != DeviationState.Draft);
        }
        var units = HandledUnitIds.ToList();
        var partners = QualityPartnerIds.ToList();
        return reports.Where(r => r.ReporterUserId == UserId || (r.State != DeviationState.Draft && (
            (r.ReportingUnitId != null && units.Contains(r.ReportingUnitId.Value)) ||
            (r.ReceivingUnitId != null && units.Contains(r.ReceivingUnitId.Value)) ||
            partners.Contains(r.ReportingPartnerId) ||
            (r.ReceivingPartnerId != null && partners.Contains(r.ReceivingPartnerId.Value)))));
    }

    public bool CanRead(DeviationReport report) =>
        report.ReporterUserId == UserId ||
        (report.State != DeviationState.Draft && (IsCaseReader || SidesFor(report).Count > 0));

    /// <summary>The parties this user may act for in the report's dialogue.</summary>
    public IReadOnlySet<DeviationSide> SidesFor(DeviationReport report)
    {
        var sides = new HashSet<DeviationSide>();
        if (report.ReporterUserId == UserId ||
            QualityPartnerIds.Contains(report.ReportingPartnerId) ||
            (report.ReportingUnitId is { } from && HandledUnitIds.Contains(from)))
        {
            sides.Add(DeviationSide.Reporting);
        }
        if ((report.ReceivingPartnerId is { } partner && QualityPartnerIds.Contains(partner)) ||
            (report.ReceivingUnitId is { } to && HandledUnitIds.Contains(to)))
        {
            sides.Add(DeviationSide.Receiving);
        }
        return sides;
    }

    /// <summary>Routing to a unit and maintaining units is for the partner's quality contact (or the secretariat).</summary>
    public bool IsQualityContactOf(int partnerId) => QualityPartnerIds.Contains(partnerId);
}

/// <summary>Builds the <see cref="DeviationScope"/> of the signed-in user from her deviation roles.</summary>
public sealed class DeviationAccess(AppDbContext db, TenantContext tenant, IHttpContextAccessor http)
{
    private DeviationScope? scope;

    public async Task<DeviationScope> CurrentAsync()
    {
        if (scope is not null)
        {
            return scope;
        }
        var user = http.HttpContext?.User ?? new ClaimsPrincipal();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var isSecretariat = user.IsPlatformAdministrator() ||
            (tenant.CommunityId is { } communityId && user.HasCommunityRole(communityId, CommunityRole.Administrator));
        var roles = userId.Length == 0
            ? []
            : await db.DeviationRoles.AsNoTracking()
                .Where(r => r.Person!.UserId == userId)
                .Select(r => new { r.Kind, r.PartnerId, r.UnitId })
                .ToListAsync();

        var handled = roles.Where(r => r.Kind == DeviationRoleKind.UnitHandler && r.UnitId != null).Select(r => r.UnitId!.Value).ToHashSet();
        if (handled.Count > 0)
        {
            var tree = await UnitTree.LoadAsync(db);
            handled = handled.SelectMany(tree.SubtreeOf).ToHashSet();
        }
        scope = new DeviationScope(
            userId,
            isSecretariat,
            handled,
            roles.Where(r => r.Kind == DeviationRoleKind.QualityContact && r.PartnerId != null).Select(r => r.PartnerId!.Value).ToHashSet(),
            roles.Any(r => r.Kind == DeviationRoleKind.CaseReader),
            roles.Any(r => r.Kind == DeviationRoleKind.StatisticsReader));
        return scope;
    }
}
