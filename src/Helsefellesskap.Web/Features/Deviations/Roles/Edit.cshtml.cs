using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.Roles;

/// <summary>
/// Gives, changes or removes a deviation role. A quality contact has a partner and no unit, a unit handler a unit
/// and no partner, the other roles neither. The change applies from the person's next request.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : EditPageModel<DeviationRole, RoleInput>(db, audit, l)
{
    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> UnitOptions { get; private set; } = [];

    private DateOnly Today => OsloTime.Today(clock);

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var role = await Db.DeviationRoles.SingleOrDefaultAsync(r => r.Id == id);
        if (role is null)
        {
            return NotFound();
        }
        Db.DeviationRoles.Remove(role);
        await Db.SaveChangesAsync();
        TempData["Status"] = L["DeviationRoles.Deleted"].Value;
        return AfterSave(role);
    }

    protected override DeviationRole NewEntity() => new();

    protected override IActionResult AfterSave(DeviationRole role) =>
        RedirectToPage("Index", new { community = RouteData.Values["community"] });

    protected override async Task ValidateAsync()
    {
        if (Input.PersonId is { } personId && !await Db.People.AnyAsync(p => p.Id == personId))
        {
            ModelState.AddModelError(Field(nameof(RoleInput.PersonId)), L["Validation.ValueIsInvalid", personId]);
        }
        ValidateCombination();
        if (Input.PartnerId is { } partnerId && !await Db.Partners.AnyAsync(p => p.Id == partnerId))
        {
            ModelState.AddModelError(Field(nameof(RoleInput.PartnerId)), L["Validation.ValueIsInvalid", partnerId]);
        }
        if (Input.UnitId is { } unitId)
        {
            var unit = await Db.ServiceUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId);
            var storedUnitId = Id is { } id ? await Db.DeviationRoles.Where(r => r.Id == id).Select(r => r.UnitId).SingleOrDefaultAsync() : null;
            if (unit is null)
            {
                ModelState.AddModelError(Field(nameof(RoleInput.UnitId)), L["Validation.ValueIsInvalid", unitId]);
            }
            else if (!unit.IsActiveOn(Today) && unitId != storedUnitId)
            {
                ModelState.AddModelError(Field(nameof(RoleInput.UnitId)), L["DeviationRoles.UnitClosed"]);
            }
        }
        if (ModelState.IsValid && await Db.DeviationRoles.AnyAsync(r => r.Id != Id && r.PersonId == Input.PersonId && r.Kind == Input.Kind &&
                r.PartnerId == Input.PartnerId && r.UnitId == Input.UnitId))
        {
            ModelState.AddModelError(Field(nameof(RoleInput.Kind)), L["DeviationRoles.Duplicate"]);
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        var people = await Db.People.AsNoTracking().Select(p => new { p.Id, p.Name, p.Employer }).ToListAsync();
        PersonOptions = people
            .OrderBy(p => p.Name, UnitTree.NameComparer)
            .Select(p => new SelectListItem(p.Employer is null ? p.Name : $"{p.Name}, {p.Employer}", p.Id.ToString()))
            .ToList();
        var partners = await Db.Partners.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync();
        PartnerOptions = partners.OrderBy(p => p.Name, UnitTree.NameComparer).Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
        var today = Today;
        UnitOptions = (await UnitTree.LoadAsync(Db)).Options(u => u.IsActiveOn(today) || u.Id == Input.UnitId, today, L["Units.Closed"]);
    }

    /// <summary>Which of partner and unit the chosen kind of role needs, and which it must leave empty.</summary>
    private void ValidateCombination()
    {
        var (needsPartner, needsUnit) = (Input.Kind == DeviationRoleKind.QualityContact, Input.Kind == DeviationRoleKind.UnitHandler);
        var kind = L.Enum(Input.Kind);
        if (needsPartner && Input.PartnerId is null)
        {
            ModelState.AddModelError(Field(nameof(RoleInput.PartnerId)), L["DeviationRoles.PartnerRequired"]);
        }
        else if (!needsPartner && Input.PartnerId is not null)
        {
            ModelState.AddModelError(Field(nameof(RoleInput.PartnerId)), L["DeviationRoles.PartnerNotAllowed", kind]);
        }
        if (needsUnit && Input.UnitId is null)
        {
            ModelState.AddModelError(Field(nameof(RoleInput.UnitId)), L["DeviationRoles.UnitRequired"]);
        }
        else if (!needsUnit && Input.UnitId is not null)
        {
            ModelState.AddModelError(Field(nameof(RoleInput.UnitId)), L["DeviationRoles.UnitNotAllowed", kind]);
        }
    }

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

public sealed class RoleInput : IEntityInput<DeviationRole, RoleInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "DeviationRole.Person")]
    public int? PersonId { get; set; }

    [Display(Name = "DeviationRole.Kind")]
    public DeviationRoleKind Kind { get; set; }

    [Display(Name = "DeviationRole.Partner")]
    public int? PartnerId { get; set; }

    [Display(Name = "DeviationRole.Unit")]
    public int? UnitId { get; set; }

    public int Version { get; set; }

    public static RoleInput FromEntity(DeviationRole r) => new()
    {
        PersonId = r.PersonId,
        Kind = r.Kind,
        PartnerId = r.PartnerId,
        UnitId = r.UnitId,
        Version = r.Version,
    };

    public void ApplyTo(DeviationRole r)
    {
        r.PersonId = PersonId!.Value;
        r.Kind = Kind;
        r.PartnerId = PartnerId;
        r.UnitId = UnitId;
    }
}
