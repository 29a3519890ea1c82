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

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>Creates a body (no id) or edits one; refuses a reporting line that closes a loop.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public BodyInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<SelectListItem> ParentOptions { get; private set; } = [];

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is not null)
        {
            var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
            if (body is null)
            {
                return NotFound();
            }
            Input = BodyInput.FromEntity(body);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        var body = id is null ? null : await db.Bodies.SingleOrDefaultAsync(b => b.Id == id);
        if (id is not null && body is null)
        {
            return NotFound();
        }
        await ValidateAsync(id);
        if (ModelState.IsValid)
        {
            if (body is null)
            {
                body = new Body { Name = Input.Name!, ShortName = Input.ShortName! };
                db.Bodies.Add(body);
            }
            else
            {
                db.ExpectVersion(body, Input.Version);
            }
            Input.ApplyTo(body);
            if (await db.TrySaveAsync(ModelState, l))
            {
                TempData["Status"] = l["Common.Saved"].Value;
                return RedirectToPage("Details", new { community = RouteData.Values["community"], id = body.Id });
            }
            Input.Version = body.Version;
        }
        await LoadAsync();
        return Page();
    }

    private async Task ValidateAsync(int? id)
    {
        if (Input.ActiveFrom is { } from && Input.ActiveTo is { } to && to < from)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(BodyInput.ActiveTo)}", l["Validation.EndBeforeStart"]);
        }
        if (Input.ParentBodyId is { } parentId)
        {
            var parentOf = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.ParentBodyId);
            if (!parentOf.ContainsKey(parentId))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(BodyInput.ParentBodyId)}", l["Validation.ValueIsInvalid", parentId]);
            }
            else if (BodyHierarchy.WouldCreateCycle(id, parentId, parentOf))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(BodyInput.ParentBodyId)}",
                    id == parentId ? l["Body.ReportsToItself"] : l["Body.ReportingLoop"]);
            }
        }
    }

    private async Task LoadAsync()
    {
        ParentOptions = await db.Bodies.AsNoTracking()
            .Where(b => b.Id != Id)
            .OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name + " (" + b.ShortName + ")", b.Id.ToString()))
            .ToListAsync();
        History = Id is { } id ? await audit.ForEntityAsync<Body>(id) : [];
    }
}

public sealed class BodyInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Body.Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Body.ShortName")]
    public string? ShortName { get; set; }

    [Display(Name = "Body.Type")]
    public BodyType Type { get; set; }

    [Display(Name = "Body.ParentBodyId")]
    public int? ParentBodyId { get; set; }

    [Display(Name = "Body.ActiveFrom")]
    public DateOnly? ActiveFrom { get; set; }

    [Display(Name = "Body.ActiveTo")]
    public DateOnly? ActiveTo { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Body.MeetingRhythm")]
    public string? MeetingRhythm { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Body.Description")]
    public string? Description { get; set; }

    public int Version { get; set; }

    public static BodyInput FromEntity(Body b) => new()
    {
        Name = b.Name,
        ShortName = b.ShortName,
        Type = b.Type,
        ParentBodyId = b.ParentBodyId,
        ActiveFrom = b.ActiveFrom,
        ActiveTo = b.ActiveTo,
        MeetingRhythm = b.MeetingRhythm,
        Description = b.Description,
        Version = b.Version,
    };

    public void ApplyTo(Body b)
    {
        b.Name = Name!.Trim();
        b.ShortName = ShortName!.Trim();
        b.Type = Type;
        b.ParentBodyId = ParentBodyId;
        b.ActiveFrom = ActiveFrom;
        b.ActiveTo = ActiveTo;
        b.MeetingRhythm = string.IsNullOrWhiteSpace(MeetingRhythm) ? null : MeetingRhythm.Trim();
        b.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }
}
