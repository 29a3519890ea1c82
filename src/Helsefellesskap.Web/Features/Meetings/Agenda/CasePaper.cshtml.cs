using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Agenda;

/// <summary>Writes the case paper (saksfremlegg) of an agenda item; the PDF is rendered from it.</summary>
public sealed class CasePaperModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CasePaperInput Input { get; set; } = new();

    public AgendaItem Item { get; private set; } = null!;

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = Item.CasePaper is { } paper ? CasePaperInput.FromEntity(paper) : new CasePaperInput { ProposedResolution = Item.ProposedConclusion };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var item = await db.AgendaItems.Include(i => i.CasePaper).SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            if (item.CasePaper is null)
            {
                item.CasePaper = new CasePaper();
            }
            else
            {
                db.ExpectVersion(item.CasePaper, Input.Version);
            }
            Input.ApplyTo(item.CasePaper);
            if (await db.TrySaveAsync(ModelState, l))
            {
                TempData["Status"] = l["Common.Saved"].Value;
                return RedirectToPage("Item", new { community = RouteData.Values["community"], id });
            }
            Input.Version = item.CasePaper.Version;
        }
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var item = await db.AgendaItems.AsNoTracking().Include(i => i.Meeting!.Body).Include(i => i.CasePaper).SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return false;
        }
        Item = item;
        if (item.CasePaper is { } paper)
        {
            History = await audit.ForEntityAsync<CasePaper>(paper.Id);
        }
        return true;
    }
}

public sealed class CasePaperInput
{
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "CasePaper.Caseworker")]
    public string? Caseworker { get; set; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "CasePaper.CaseType")]
    public string? CaseType { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "CasePaper.Background")]
    public string? Background { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "CasePaper.Assessment")]
    public string? Assessment { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "CasePaper.ProposedResolution")]
    public string? ProposedResolution { get; set; }

    public int Version { get; set; }

    public static CasePaperInput FromEntity(CasePaper paper) => new()
    {
        Caseworker = paper.Caseworker,
        CaseType = paper.CaseType,
        Background = paper.Background,
        Assessment = paper.Assessment,
        ProposedResolution = paper.ProposedResolution,
        Version = paper.Version,
    };

    public void ApplyTo(CasePaper paper)
    {
        paper.Caseworker = Caseworker.TrimToNull();
        paper.CaseType = CaseType.TrimToNull();
        paper.Background = Background.TrimToNull();
        paper.Assessment = Assessment.TrimToNull();
        paper.ProposedResolution = ProposedResolution.TrimToNull();
    }

}
