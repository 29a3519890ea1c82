using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Memberships;

/// <summary>Adds a membership (no id, optionally for a given body), edits one, or deletes a mistaken one.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public MembershipInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? body)
    {
        Id = id;
        if (id is not null)
        {
            var membership = await db.Memberships.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
            if (membership is null)
            {
                return NotFound();
            }
            Input = MembershipInput.FromEntity(membership);
        }
        else
        {
            Input = new MembershipInput { BodyId = body, From = OsloTime.Today(clock), Role = MembershipRole.Member };
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        var membership = id is null ? null : await db.Memberships.SingleOrDefaultAsync(m => m.Id == id);
        if (id is not null && membership is null)
        {
            return NotFound();
        }
        await ValidateAsync();
        if (ModelState.IsValid)
        {
            if (membership is null)
            {
                membership = new Membership();
                db.Memberships.Add(membership);
            }
            else
            {
                db.ExpectVersion(membership, Input.Version);
            }
            Input.ApplyTo(membership);
            if (await db.TrySaveAsync(ModelState, l))
            {
                TempData["Status"] = l["Common.Saved"].Value;
                return RedirectToPage("/Bodies/Details", new { community = RouteData.Values["community"], id = membership.BodyId });
            }
            Input.Version = membership.Version;
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == id);
        if (membership is null)
        {
            return NotFound();
        }
        db.Memberships.Remove(membership);
        await db.SaveChangesAsync();
        TempData["Status"] = l["Memberships.Deleted"].Value;
        return RedirectToPage("/Bodies/Details", new { community = RouteData.Values["community"], id = membership.BodyId });
    }

    private async Task ValidateAsync()
    {
        if (Input.From is { } from && Input.To is { } to && to < from)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MembershipInput.To)}", l["Validation.EndBeforeStart"]);
        }
        // The lists only offer this community's records, but a forged post could name another's.
        if (Input.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MembershipInput.BodyId)}", l["Validation.ValueIsInvalid", bodyId]);
        }
        if (Input.PersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MembershipInput.PersonId)}", l["Validation.ValueIsInvalid", personId]);
        }
        if (Input.PartnerId is { } partnerId && !await db.Partners.AnyAsync(p => p.Id == partnerId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MembershipInput.PartnerId)}", l["Validation.ValueIsInvalid", partnerId]);
        }
    }

    private async Task LoadAsync()
    {
        BodyOptions = await db.Bodies.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name + " (" + b.ShortName + ")", b.Id.ToString())).ToListAsync();
        PersonOptions = await db.People.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Employer == null ? p.Name : p.Name + ", " + p.Employer, p.Id.ToString())).ToListAsync();
        PartnerOptions = await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync();
        History = Id is { } id ? await audit.ForEntityAsync<Membership>(id) : [];
    }
}

public sealed class MembershipInput
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
        m.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }
}
