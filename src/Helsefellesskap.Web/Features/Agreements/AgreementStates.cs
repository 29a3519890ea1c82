using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>Reads what <see cref="AgreementLifecycle"/> needs for many agreements in one query, and evaluates each.</summary>
public static class AgreementStates
{
    /// <summary>The state of each agreement of the community (or of the ones named), on <paramref name="today"/>.</summary>
    public static async Task<Dictionary<int, AgreementState>> LoadAsync(AppDbContext db, DateOnly today, IReadOnlyCollection<int>? agreementIds = null)
    {
        var agreements = db.Agreements.AsNoTracking();
        if (agreementIds is not null)
        {
            agreements = agreements.Where(a => agreementIds.Contains(a.Id));
        }
        return await EvaluateAsync(agreements, today);
    }

    /// <summary>The state of each of <paramref name="agreements"/>; for callers outside a request, which filter by community themselves.</summary>
    public static async Task<Dictionary<int, AgreementState>> EvaluateAsync(IQueryable<Agreement> agreements, DateOnly today)
    {
        var rows = await agreements
            .Select(a => new
            {
                a.Id,
                a.ExpiresOn,
                Parties = a.Parties.Select(p => p.PartnerId).ToList(),
                Versions = a.Versions.Select(v => new
                {
                    v.Id,
                    v.Number,
                    v.InForceFrom,
                    Adopters = v.Adoptions.Select(x => x.PartnerId).ToList(),
                    OpenHearing = v.Hearings.Any(h => h.ClosedAtUtc == null && h.Deadline >= today),
                }).ToList(),
            })
            .ToListAsync();
        return rows.ToDictionary(a => a.Id, a => AgreementLifecycle.Evaluate(
            a.Versions.Select(v => new VersionFacts(v.Id, v.Number, v.OpenHearing, IsFullyAdopted(a.Parties, v.Adopters), v.InForceFrom)).ToList(),
            a.ExpiresOn,
            today));
    }

    public static async Task<AgreementState?> LoadOneAsync(AppDbContext db, int agreementId, DateOnly today) =>
        (await LoadAsync(db, today, [agreementId])).GetValueOrDefault(agreementId);

    /// <summary>Adopted by every party; an agreement without parties is never adopted.</summary>
    public static bool IsFullyAdopted(IReadOnlyCollection<int> parties, IReadOnlyCollection<int> adopters) =>
        parties.Count > 0 && parties.All(adopters.Contains);
}
