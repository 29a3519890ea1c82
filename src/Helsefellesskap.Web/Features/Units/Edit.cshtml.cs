using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Units;

/// <summary>
/// Creates a unit (no id) or edits, closes or deletes one. The secretariat maintains every partner's units, a quality
/// contact only her own partner's; anyone else is refused. A unit in use is closed, never deleted.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditView audit, DeviationAccess access, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : EditPageModel<ServiceUnit, UnitInput>(db, audit, l)
{
    /// <summary>The partner a new unit is for, when the form is opened from a filtered list.</summary>
    [BindProperty(SupportsGet = true, Name = "partner")]
    public int? PresetPartnerId { get; set; }

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ParentOptions { get; private set; } = [];

    private DeviationScope scope = null!;

    private UnitTree? tree;

    private DateOnly Today => OsloTime.Today(clock);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        scope = await access.CurrentAsync();
        var storedPartnerId = RouteData.Values["id"] is string routeId && int.TryParse(routeId, out var id)
            ? await Db.ServiceUnits.Where(u => u.Id == id).Select(u => (int?)u.PartnerId).SingleOrDefaultAsync()
            : null;
        var allowed = storedPartnerId is { } stored ? scope.MaintainsUnitsOf(stored) : scope.MaintainsAnyUnits();
        // A quality contact may not move a unit to, or create one for, a partner that is not hers.
        if (allowed && HttpMethods.IsPost(Request.Method) && Input.PartnerId is { } chosen && await Db.Partners.AnyAsync(p => p.Id == chosen))
        {
            allowed = scope.MaintainsUnitsOf(chosen);
        }
        if (!allowed)
        {
            context.Result = Forbid();
            return;
        }
        await next();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var unit = await Db.ServiceUnits.SingleOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }
        if (await UnitRules.IsInUseAsync(Db, id))
        {
            TempData["Status"] = L["Units.CannotDeleteUsed"].Value;
            return RedirectToPage(new { community = RouteData.Values["community"], id });
        }
        Db.ServiceUnits.Remove(unit);
        await Db.SaveChangesAsync();
        TempData["Status"] = L["Units.Deleted", unit.Name].Value;
        return RedirectToPage("Index", new { community = RouteData.Values["community"], partner = unit.PartnerId });
    }

    protected override ServiceUnit NewEntity() => new() { Name = Input.Name! };

    protected override void InitialiseNew() =>
        Input = new UnitInput { PartnerId = PresetPartnerId ?? (scope.QualityPartnerIds.Count == 1 ? scope.QualityPartnerIds.Single() : null) };

    protected override IActionResult AfterSave(ServiceUnit unit) =>
        RedirectToPage("Index", new { community = RouteData.Values["community"], partner = unit.PartnerId });

    protected override async Task ValidateAsync()
    {
        var units = await TreeAsync();
        var stored = Id is { } id ? units.Find(id) : null;
        if (Input.PartnerId is { } partnerId)
        {
            if (!await Db.Partners.AnyAsync(p => p.Id == partnerId))
            {
                ModelState.AddModelError(Field(nameof(UnitInput.PartnerId)), L["Validation.ValueIsInvalid", partnerId]);
                return;
            }
            if (stored is not null && stored.PartnerId != partnerId && await UnitRules.IsInUseAsync(Db, stored.Id))
            {
                ModelState.AddModelError(Field(nameof(UnitInput.PartnerId)), L["Units.PartnerLocked"]);
            }
        }
        var parent = Input.ParentId is { } parentId ? units.Find(parentId) : null;
        if (Input.ParentId is not null)
        {
            ValidateParent(units, parent);
        }
        var closesOn = Input.ClosedOn ?? DateOnly.MaxValue;
        if (parent?.ClosedOn is { } parentClosed && closesOn > parentClosed)
        {
            ModelState.AddModelError(Field(nameof(UnitInput.ParentId)), L["Units.ParentClosed"]);
        }
        if (stored is not null && Input.ClosedOn is { } closed && units.ChildrenOf(stored.Id).Any(c => c.IsActiveOn(closed)))
        {
            ModelState.AddModelError(Field(nameof(UnitInput.ClosedOn)), L["Units.HasActiveChildren"]);
        }
        if (Input.Name?.Trim() is { Length: > 0 } name && Input.PartnerId is { } partner &&
            units.SiblingsOf(partner, Input.ParentId).Any(u => u.Id != Id && UnitTree.NameComparer.Equals(u.Name, name)))
        {
            ModelState.AddModelError(Field(nameof(UnitInput.Name)), L["Units.NameTaken", name]);
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        var units = await TreeAsync();
        var partners = await Db.Partners.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync();
        PartnerOptions = partners
            .Where(p => scope.MaintainsUnitsOf(p.Id))
            .OrderBy(p => p.Name, UnitTree.NameComparer)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
            .ToList();
        var below = Id is { } id ? units.SubtreeOf(id) : new HashSet<int>();
        ParentOptions = units.Options(
            u => scope.MaintainsUnitsOf(u.PartnerId) && !below.Contains(u.Id) && (u.IsActiveOn(Today) || u.Id == Input.ParentId),
            Today,
            L["Units.Closed"]);
    }

    private void ValidateParent(UnitTree units, ServiceUnit? parent)
    {
        var field = Field(nameof(UnitInput.ParentId));
        if (parent is null)
        {
            ModelState.AddModelError(field, L["Validation.ValueIsInvalid", Input.ParentId!]);
        }
        else if (parent.Id == Id)
        {
            ModelState.AddModelError(field, L["Units.ParentIsItself"]);
        }
        else if (Id is { } id && units.SubtreeOf(id).Contains(parent.Id))
        {
            ModelState.AddModelError(field, L["Units.ParentLoop"]);
        }
        else if (Input.PartnerId is { } partnerId && parent.PartnerId != partnerId)
        {
            ModelState.AddModelError(field, L["Units.ParentOtherPartner"]);
        }
    }

    private async Task<UnitTree> TreeAsync() => tree ??= await UnitTree.LoadAsync(Db);

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

public sealed class UnitInput : IEntityInput<ServiceUnit, UnitInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "ServiceUnit.Partner")]
    public int? PartnerId { get; set; }

    [Display(Name = "ServiceUnit.Parent")]
    public int? ParentId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "ServiceUnit.Name")]
    public string? Name { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "ServiceUnit.Description")]
    public string? Description { get; set; }

    [Display(Name = "ServiceUnit.ClosedOn")]
    public DateOnly? ClosedOn { get; set; }

    public int Version { get; set; }

    public static UnitInput FromEntity(ServiceUnit u) => new()
    {
        PartnerId = u.PartnerId,
        ParentId = u.ParentId,
        Name = u.Name,
        Description = u.Description,
        ClosedOn = u.ClosedOn,
        Version = u.Version,
    };

    public void ApplyTo(ServiceUnit u)
    {
        u.PartnerId = PartnerId!.Value;
        u.ParentId = ParentId;
        u.Name = Name!.Trim();
        u.Description = Description.TrimToNull();
        u.ClosedOn = ClosedOn;
    }
}
