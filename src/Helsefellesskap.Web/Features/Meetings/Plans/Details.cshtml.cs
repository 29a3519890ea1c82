using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Plans;

/// <summary>A meeting plan: its dates, adding and removing them, and adopting the plan (which creates the meetings).</summary>
public sealed class DetailsModel(AppDbContext db, CommunityPermissions permissions, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public MeetingPlan Plan { get; private set; } = null!;

    public bool CanAdminister { get; private set; }

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    [BindProperty]
    public PlanEntryInput Entry { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Entry = new PlanEntryInput { StartTime = new TimeOnly(12, 0), EndTime = new TimeOnly(15, 0) };
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int id)
    {
        if (!await permissions.CanAdministerAsync())
        {
            return Forbid();
        }
        var plan = await MeetingPlanAdoption.LoadAsync(db, id);
        if (plan is null)
        {
            return NotFound();
        }
        await ValidateEntryAsync(plan);
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            return Page();
        }
        plan.Entries.Add(Entry.ToEntity());
        await db.SaveChangesAsync();
        if (plan.IsAdopted)
        {
            await MeetingPlanAdoption.CreateMeetingsAsync(db, plan);
        }
        TempData["Status"] = l["Plans.EntryAdded", OsloTime.Format(Entry.Date!.Value)].Value;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int entryId)
    {
        if (!await permissions.CanAdministerAsync())
        {
            return Forbid();
        }
        var entry = await db.MeetingPlanEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.MeetingPlanId == id);
        if (entry is null)
        {
            return NotFound();
        }
        if (entry.MeetingId is not null)
        {
            TempData["Status"] = l["Plans.CannotRemoveHeld"].Value;
        }
        else
        {
            db.MeetingPlanEntries.Remove(entry);
            await db.SaveChangesAsync();
            TempData["Status"] = l["Plans.EntryRemoved"].Value;
        }
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    public async Task<IActionResult> OnPostAdoptAsync(int id)
    {
        if (!await permissions.CanAdministerAsync())
        {
            return Forbid();
        }
        var plan = await MeetingPlanAdoption.LoadAsync(db, id);
        if (plan is null)
        {
            return NotFound();
        }
        if (plan.Entries.Count == 0)
        {
            TempData["Status"] = l["Plans.NothingToAdopt"].Value;
            return RedirectToPage(new { community = RouteData.Values["community"], id });
        }
        await MeetingPlanAdoption.AdoptAsync(db, plan, clock.GetUtcNow().UtcDateTime);
        TempData["Status"] = l["Plans.Adopted", plan.Entries.Count].Value;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    private async Task ValidateEntryAsync(MeetingPlan plan)
    {
        const string prefix = nameof(Entry) + ".";
        var today = OsloTime.Today(clock);
        if (Entry.Date is { } date)
        {
            if (date < today)
            {
                ModelState.AddModelError(prefix + nameof(PlanEntryInput.Date), l["Validation.PlanDatePast"]);
            }
            else if (date.Year != plan.Year)
            {
                ModelState.AddModelError(prefix + nameof(PlanEntryInput.Date), l["Validation.PlanDateWrongYear", plan.Year]);
            }
            if (Entry.PreparatoryDate is { } preparatory && (preparatory > date || preparatory < today))
            {
                ModelState.AddModelError(prefix + nameof(PlanEntryInput.PreparatoryDate), l["Validation.PreparatoryDate"]);
            }
        }
        if (Entry.StartTime is { } start && Entry.EndTime is { } end && end <= start)
        {
            ModelState.AddModelError(prefix + nameof(PlanEntryInput.EndTime), l["Validation.MeetingEndsBeforeStart"]);
        }
        if (Entry.PreparatoryStartTime is { } prepStart && Entry.PreparatoryEndTime is { } prepEnd && prepEnd <= prepStart)
        {
            ModelState.AddModelError(prefix + nameof(PlanEntryInput.PreparatoryEndTime), l["Validation.MeetingEndsBeforeStart"]);
        }
        if ((Entry.PreparatoryBodyId is null) != (Entry.PreparatoryDate is null))
        {
            ModelState.AddModelError(prefix + nameof(PlanEntryInput.PreparatoryDate), l["Validation.PreparatoryIncomplete"]);
        }
        if (Entry.PreparatoryBodyId is { } bodyId && (bodyId == plan.BodyId || !await db.Bodies.AnyAsync(b => b.Id == bodyId)))
        {
            ModelState.AddModelError(prefix + nameof(PlanEntryInput.PreparatoryBodyId), l["Validation.ValueIsInvalid", bodyId]);
        }
    }

    private async Task<bool> LoadAsync(int id)
    {
        var plan = await db.MeetingPlans.AsNoTracking()
            .Include(p => p.Body)
            .Include(p => p.Entries.OrderBy(e => e.Date)).ThenInclude(e => e.PreparatoryBody)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return false;
        }
        Plan = plan;
        CanAdminister = await permissions.CanAdministerAsync();
        BodyOptions = await db.Bodies.AsNoTracking().Where(b => b.Id != plan.BodyId).OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name + " (" + b.ShortName + ")", b.Id.ToString())).ToListAsync();
        return true;
    }
}

public sealed class PlanEntryInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "MeetingPlanEntry.Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "MeetingPlanEntry.StartTime")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "MeetingPlanEntry.EndTime")]
    public TimeOnly? EndTime { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "MeetingPlanEntry.Location")]
    public string? Location { get; set; }

    [Display(Name = "MeetingPlanEntry.PreparatoryBodyId")]
    public int? PreparatoryBodyId { get; set; }

    [Display(Name = "MeetingPlanEntry.PreparatoryDate")]
    public DateOnly? PreparatoryDate { get; set; }

    [Display(Name = "MeetingPlanEntry.PreparatoryStartTime")]
    public TimeOnly? PreparatoryStartTime { get; set; }

    [Display(Name = "MeetingPlanEntry.PreparatoryEndTime")]
    public TimeOnly? PreparatoryEndTime { get; set; }

    public MeetingPlanEntry ToEntity() => new()
    {
        Date = Date!.Value,
        StartTime = StartTime!.Value,
        EndTime = EndTime!.Value,
        Location = Location.TrimToNull(),
        PreparatoryBodyId = PreparatoryBodyId,
        PreparatoryDate = PreparatoryDate,
        PreparatoryStartTime = PreparatoryStartTime,
        PreparatoryEndTime = PreparatoryEndTime,
    };
}
