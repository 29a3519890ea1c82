using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>Adds a new version of a body's mandate, starting from the text of the current one.</summary>
public sealed class MandateModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public MandateInput Input { get; set; } = new();

    public Body Body { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var current = Body.MandateVersions.MaxBy(m => m.Number);
        Input = new MandateInput { Text = current?.Text, AdoptedOn = OsloTime.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.MandateVersions.Add(new MandateVersion
        {
            BodyId = id,
            Number = Body.MandateVersions.Select(m => m.Number).DefaultIfEmpty(0).Max() + 1,
            Text = Input.Text!,
            AdoptedOn = Input.AdoptedOn!.Value,
            AdoptedIn = Input.AdoptedIn.TrimToNull(),
        });
        await db.SaveChangesAsync();
        TempData["Status"] = l["Common.Saved"].Value;
        return RedirectToPage("Details", new { community = RouteData.Values["community"], id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var body = await db.Bodies.AsNoTracking().Include(b => b.MandateVersions).SingleOrDefaultAsync(b => b.Id == id);
        Body = body!;
        return body is not null;
    }
}

public sealed class MandateInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(50_000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "MandateVersion.Text")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "MandateVersion.AdoptedOn")]
    public DateOnly? AdoptedOn { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "MandateVersion.AdoptedIn")]
    public string? AdoptedIn { get; set; }
}
