using System.Security.Claims;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>
/// What the signed-in user may see and do in the agreement register. Versions in force (and those they replaced)
/// are for everyone; drafts, hearings and adoption work are for the secretariat and the members of the agreement's
/// owner body (the working group). Comments on a hearing are given by the people who represent an invited partner.
/// </summary>
public sealed class AgreementAccess(AppDbContext db, CommunityPermissions permissions, IHttpContextAccessor http, TimeProvider clock)
{
    private AgreementViewer? viewer;

    public async Task<AgreementViewer> CurrentAsync()
    {
        if (viewer is not null)
        {
            return viewer;
        }
        var isSecretariat = await permissions.CanAdministerAsync();
        var userId = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !await permissions.CanReadAsync())
        {
            return viewer = new AgreementViewer(isSecretariat, null, new HashSet<int>(), new HashSet<int>());
        }
        var today = OsloTime.Today(clock);
        var person = await db.People.AsNoTracking()
            .Where(p => p.UserId == userId)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, UnitPartnerId = (int?)p.WorkUnit!.PartnerId })
            .FirstOrDefaultAsync();
        if (person is null)
        {
            return viewer = new AgreementViewer(isSecretariat, null, new HashSet<int>(), new HashSet<int>());
        }
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId == person.Id && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => new { m.BodyId, m.PartnerId })
            .ToListAsync();
        var partners = memberships.Where(m => m.PartnerId != null).Select(m => m.PartnerId!.Value).ToHashSet();
        if (person.UnitPartnerId is { } unitPartner)
        {
            partners.Add(unitPartner);
        }
        return viewer = new AgreementViewer(isSecretariat, person.Id, memberships.Select(m => m.BodyId).ToHashSet(), partners);
    }
}

/// <summary>The signed-in user as the agreement register sees her: her person, the bodies she sits in, the partners she represents.</summary>
public sealed record AgreementViewer(bool IsSecretariat, int? PersonId, IReadOnlySet<int> BodyIds, IReadOnlySet<int> PartnerIds)
{
    /// <summary>Drafts, hearings and adoptions of an agreement: the secretariat and the owner body's members.</summary>
    public bool SeesWorkOf(Agreement agreement) => IsSecretariat || (agreement.OwnerBodyId is { } body && BodyIds.Contains(body));

    /// <summary>Whether a version with this status is shown: versions in force and replaced ones are public history.</summary>
    public bool Sees(Agreement agreement, VersionStatus status) =>
        status is VersionStatus.InForce or VersionStatus.Replaced or VersionStatus.Expired || SeesWorkOf(agreement);

    /// <summary>May comment on a hearing on behalf of <paramref name="partnerId"/>: she represents it, or she is the secretariat registering a received comment.</summary>
    public bool MayCommentFor(int partnerId) => IsSecretariat || PartnerIds.Contains(partnerId);
}
