using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Memberships;

/// <summary>Adds a membership (no id, optionally for a given body), edits one, or deletes a mistaken one.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : EditPageModel<Membership, MembershipInput>(db, audit, l)
{
    /// <summary>The body a new membership is for, when the form is opened from a body page.</summary>
    [BindProperty(SupportsGet = true, Name = "body")]
    public int? PresetBodyId { get; set; }

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var membership = await Db.Memberships.SingleOrDefaultAsync(m => m.Id == id);
        if (membership is null)
        {
            return NotFound();
        }
        Db.Memberships.Remove(membership);
        await Db.SaveChangesAsync();
        TempData["Status"] = L["Memberships.Deleted"].Value;
        return AfterSave(membership);
    }

    protected override Membership NewEntity() => new();

    protected override void InitialiseNew() =>
        Input = new MembershipInput { BodyId = PresetBodyId, From = OsloTime.Today(clock), Role = MembershipRole.Member };

    protected override IActionResult AfterSave(Membership membership) =>
        RedirectToPage("/Bodies/Details", new { community = RouteData.Values["community"], id = membership.BodyId });

    protected override async Task ValidateAsync()
    {
        if (Input.From is { } from && Input.To is { } to && to < from)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MembershipInput.To)}", L["Validation.EndBeforeStart"]);
        }
        // The lists only offer this community's records, but a forged post could name another's.
        if (Input.BodyId is { } bodyId && !await Db.Bodies.AnyAsync(b => b.Id == bodyId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MembershipInput.BodyId)}", L["Validation.ValueIsInvalid", bodyId]);
        }
        if (Input.PersonId is { } personId && !await Db.People.AnyAsync(p => p.Id == personId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MembershipInput.PersonId)}", L["Validation.ValueIsInvalid", personId]);
        }
        if (Input.PartnerId is { } partnerId && !await Db.Partners.AnyAsync(p => p.Id == partnerId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MembershipInput.PartnerId)}", L["Validation.ValueIsInvalid", partnerId]);
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        BodyOptions = await Db.Bodies.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name + " (" + b.ShortName + ")", b.Id.ToString())).ToListAsync();
        PersonOptions = await Db.People.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Employer == null ? p.Name : p.Name + ", " + p.Employer, p.Id.ToString())).ToListAsync();
        PartnerOptions = await Db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync();
    }
}

public sealed class MembershipInput : IEntityInput<Membership, MembershipInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Membership.BodyId")]
    public int? BodyId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Membership.PersonId")]
    public int? PersonId { get; set; }

    [Display(Name = "Membership.Role")]
    public MembershipRole Role { get; set; }

    [Display(Name = "Membership.PartnerId")]
    public int? PartnerId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Membership.From")]
    public DateOnly? From { get; set; }

    [Display(Name = "Membership.To")]
    public DateOnly? To { get; set; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Membership.Note")]
    public string? Note { get; set; }

    public int Version { get; set; }

    public static MembershipInput FromEntity(Membership m) => new()
    {
        BodyId = m.BodyId,
        PersonId = m.PersonId,
        Role = m.Role,
        PartnerId = m.PartnerId,
        From = m.From,
        To = m.To,
        Note = m.Note,
        Version = m.Version,
    };

    public void ApplyTo(Membership m)
    {
        m.BodyId = BodyId!.Value;
        m.PersonId = PersonId!.Value;
        m.Role = Role;
        m.PartnerId = PartnerId;
        m.From = From!.Value;
        m.To = To;
        m.Note = Note.TrimToNull();
    }
}
