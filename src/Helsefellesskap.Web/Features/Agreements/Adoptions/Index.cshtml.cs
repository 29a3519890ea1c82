using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Adoptions;

/// <summary>
/// Which partner has adopted which version of each agreement, and what is missing: the newest version that is not
/// yet in force and the parties that have not adopted it. Only versions the reader may see are counted.
/// </summary>
public sealed class IndexModel(AppDbContext db, AgreementAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The partners that are party to some agreement: the overview's columns.</summary>
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public IReadOnlyList<FamilyNode<AdoptionRow>> Rows { get; private set; } = [];

    public int MissingTotal => Rows.Sum(r => r.Item.Missing.Count);

    public async Task OnGetAsync()
    {
        var today = OsloTime.Today(clock);
        var viewer = await access.CurrentAsync();
        var states = await AgreementStates.LoadAsync(db, today);
        var agreements = await db.Agreements.AsNoTracking()
            .Include(a => a.Parties)
            .Include(a => a.Versions).ThenInclude(v => v.Adoptions)
            .AsSplitQuery()
            .ToListAsync();
        var partyIds = agreements.SelectMany(a => a.Parties).Select(p => p.PartnerId).ToHashSet();
        Partners = PartyOrder.Sorted(await db.Partners.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToListAsync(), p => p).ToList();
        var names = Partners.ToDictionary(p => p.Id, p => p.Name);

        var rows = agreements.Select(a =>
        {
            var state = states[a.Id];
            var visible = a.Versions.Where(v => viewer.Sees(a, state.Of(v.Id))).OrderByDescending(v => v.Number).ToList();
            var adopted = a.Parties.ToDictionary(
                p => p.PartnerId,
                p => visible.SelectMany(v => v.Adoptions.Where(x => x.PartnerId == p.PartnerId).Select(x => new AdoptedVersion(v.Number, x.AdoptedOn))).FirstOrDefault());
            var awaiting = visible.FirstOrDefault(v => state.Of(v.Id) is not (VersionStatus.InForce or VersionStatus.Replaced or VersionStatus.Expired));
            var missing = awaiting is null
                ? []
                : a.Parties.Where(p => awaiting.Adoptions.All(x => x.PartnerId != p.PartnerId)).Select(p => names[p.PartnerId]).Order(StringComparer.CurrentCulture).ToList();
            return new AdoptionRow(a.Id, a.ParentId, a.Code, a.Title, adopted, awaiting?.Number, missing);
        }).ToList();
        Rows = AgreementFamily.Order(rows, r => r.Id, r => r.ParentId, r => r.Code, r => r.Title);
    }
}

/// <summary>The newest version a partner has adopted, and when.</summary>
public sealed record AdoptedVersion(int Number, DateOnly AdoptedOn);

/// <summary>
/// An agreement in the overview: per party its newest adopted version (null: none; no entry: not a party), the
/// version awaiting adoption and the parties that have not adopted it.
/// </summary>
public sealed record AdoptionRow(
    int Id, int? ParentId, string? Code, string Title, IReadOnlyDictionary<int, AdoptedVersion?> Adopted, int? AwaitingNumber, IReadOnlyList<string> Missing);
