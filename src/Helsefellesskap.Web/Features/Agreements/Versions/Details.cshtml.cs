using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Agreements.Hearings;
using Helsefellesskap.Web.Features.Agreements.Requirements;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Versions;

/// <summary>
/// A version: its status, text and file, and each party's adoption. The secretariat records adoptions (only by
/// parties, not in the future) and sets the version in force once every party has adopted it.
/// </summary>
public sealed class DetailsModel(AppDbContext db, AgreementAccess access, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public AgreementVersion Version { get; private set; } = null!;

    public VersionStatus Status { get; private set; }

    public bool IsSecretariat { get; private set; }

    /// <summary>Every party with its adoption of this version, if any.</summary>
    public IReadOnlyList<(AgreementParty Party, AgreementAdoption? Adoption)> Parties { get; private set; } = [];

    /// <summary>The version's hearings, for those who see the agreement's work (null for others).</summary>
    public VersionHearingList? Hearings { get; private set; }

    /// <summary>Which required topics the version covers; null without a requirement list or for those who don't see the work.</summary>
    public CoverageSummary? Coverage { get; private set; }

    public AdoptionInput Adoption { get; set; } = new();

    public InForceInput InForce { get; set; } = new();

    private DateOnly Today => OsloTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Adoption.AdoptedOn = Today;
        InForce = new InForceInput { InForceFrom = Version.InForceFrom, Version = Version.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAdoptAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!IsSecretariat)
        {
            return Forbid();
        }
        if (await TryUpdateModelAsync(Adoption, nameof(Adoption)))
        {
            var partnerId = Adoption.PartnerId!.Value;
            var adoptedOn = Adoption.AdoptedOn!.Value;
            var violations = AgreementRules.CheckAdoption(
                Parties.Any(p => p.Party.PartnerId == partnerId), Parties.Any(p => p.Party.PartnerId == partnerId && p.Adoption is not null),
                adoptedOn, Version.InForceFrom, Today).ToList();
            foreach (var violation in violations)
            {
                var field = violation.Key is "Agreements.Rule.AdoptionInFuture" or "Agreements.Rule.AdoptionAfterInForce" ? nameof(AdoptionInput.AdoptedOn) : nameof(AdoptionInput.PartnerId);
                ModelState.AddModelError($"{nameof(Adoption)}.{field}", l[violation.Key, violation.Arguments]);
            }
            if (violations.Count == 0)
            {
                db.AgreementAdoptions.Add(new AgreementAdoption
                {
                    VersionId = id,
                    PartnerId = partnerId,
                    AdoptedOn = adoptedOn,
                    DecidedBy = Adoption.DecidedBy.TrimToNull(),
                    Reference = Adoption.Reference.TrimToNull(),
                });
                await db.SaveChangesAsync();
                TempData["Status"] = l["Agreements.AdoptionRecorded"].Value;
                return RedirectToPage(new { community = RouteData.Values["community"], id });
            }
        }
        InForce = new InForceInput { InForceFrom = Version.InForceFrom, Version = Version.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAdoptionAsync(int id, int adoptionId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!IsSecretariat)
        {
            return Forbid();
        }
        var adoption = await db.AgreementAdoptions.SingleOrDefaultAsync(a => a.Id == adoptionId && a.VersionId == id);
        if (adoption is null)
        {
            return NotFound();
        }
        db.AgreementAdoptions.Remove(adoption);
        await db.SaveChangesAsync();
        TempData["Status"] = l["Agreements.AdoptionRemoved"].Value;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    public async Task<IActionResult> OnPostInForceAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!IsSecretariat)
        {
            return Forbid();
        }
        if (await TryUpdateModelAsync(InForce, nameof(InForce)))
        {
            var from = InForce.InForceFrom!.Value;
            var missing = Parties.Where(p => p.Adoption is null).Select(p => p.Party.Partner!.Name).ToList();
            var lastAdoption = Parties.Select(p => p.Adoption?.AdoptedOn).Max();
            var previous = await db.AgreementVersions.AsNoTracking()
                .Where(v => v.AgreementId == Version.AgreementId && v.Number < Version.Number && v.InForceFrom != null)
                .MaxAsync(v => v.InForceFrom);
            var field = $"{nameof(InForce)}.{nameof(InForceInput.InForceFrom)}";
            // Without parties nobody can adopt the version, so it would never be in force.
            if (Parties.Count == 0)
            {
                ModelState.AddModelError(field, l["Agreements.InForceWithoutParties"]);
            }
            foreach (var violation in AgreementRules.CheckInForce(from, missing, lastAdoption, previous))
            {
                ModelState.AddModelError(field, l[violation.Key, violation.Arguments]);
            }
            if (ModelState.IsValid)
            {
                var version = await db.AgreementVersions.SingleAsync(v => v.Id == id);
                db.ExpectVersion(version, InForce.Version);
                version.InForceFrom = from;
                if (await db.TrySaveAsync(ModelState, l))
                {
                    TempData["Status"] = l["Agreements.InForceSet", OsloTime.Format(from)].Value;
                    return RedirectToPage(new { community = RouteData.Values["community"], id });
                }
            }
        }
        Adoption.AdoptedOn ??= Today;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var version = await db.AgreementVersions.AsNoTracking()
            .Include(v => v.Agreement!).ThenInclude(a => a.Parties).ThenInclude(p => p.Partner)
            .Include(v => v.Adoptions)
            .Include(v => v.TreatedInItem!).ThenInclude(i => i.Meeting!).ThenInclude(m => m.Body)
            .AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Id == id);
        if (version is null || await AgreementStates.LoadOneAsync(db, version.AgreementId, Today) is not { } state)
        {
            return false;
        }
        var viewer = await access.CurrentAsync();
        Status = state.Of(id);
        if (!viewer.Sees(version.Agreement!, Status))
        {
            return false;
        }
        Version = version;
        IsSecretariat = viewer.IsSecretariat;
        if (viewer.SeesWorkOf(version.Agreement!))
        {
            Hearings = await VersionHearingList.LoadAsync(db, id, Today);
            Coverage = await CoverageSummary.LoadAsync(db, id);
        }
        var adoptions = version.Adoptions.ToDictionary(a => a.PartnerId);
        Parties = PartyOrder.Sorted(version.Agreement!.Parties, p => p.Partner!)
            .Select(p => (p, adoptions.GetValueOrDefault(p.PartnerId)))
            .ToList();
        return true;
    }
}

public sealed class AdoptionInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "AgreementAdoption.PartnerId")]
    public int? PartnerId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "AgreementAdoption.AdoptedOn")]
    public DateOnly? AdoptedOn { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgreementAdoption.DecidedBy")]
    public string? DecidedBy { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgreementAdoption.Reference")]
    public string? Reference { get; set; }
}

public sealed class InForceInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "AgreementVersion.InForceFrom")]
    public DateOnly? InForceFrom { get; set; }

    public int Version { get; set; }
}
