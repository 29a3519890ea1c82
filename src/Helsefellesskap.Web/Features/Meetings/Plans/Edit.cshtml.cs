using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Plans;

/// <summary>Creates a body's plan for a year (its dates are added on the plan's page), or edits its note.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : EditPageModel<MeetingPlan, MeetingPlanInput>(db, audit, l)
{
    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    protected override MeetingPlan NewEntity() => new() { BodyId = Input.BodyId!.Value, Year = Input.Year!.Value };

    protected override void InitialiseNew() => Input.Year = OsloTime.Today(clock).Year + 1;

    protected override async Task ValidateAsync()
    {
        if (Id is not null)
        {
            return;
        }
        if (Input.BodyId is not { } bodyId || !await Db.Bodies.AnyAsync(b => b.Id == bodyId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MeetingPlanInput.BodyId)}", L["Validation.Required", L["MeetingPlan.BodyId"]]);
        }
        else if (Input.Year is { } year && await Db.MeetingPlans.AnyAsync(p => p.BodyId == bodyId && p.Year == year))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MeetingPlanInput.Year)}", L["Validation.PlanExists", year]);
        }
        if (Input.Year is { } planYear && planYear < OsloTime.Today(clock).Year)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MeetingPlanInput.Year)}", L["Validation.PlanYearPast"]);
        }
    }

    protected override async Task LoadOptionsAsync() =>
        BodyOptions = await Db.Bodies.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name + " (" + b.ShortName + ")", b.Id.ToString())).ToListAsync();
}

public sealed class MeetingPlanInput : IEntityInput<MeetingPlan, MeetingPlanInput>
{
    [Display(Name = "MeetingPlan.BodyId")]
    public int? BodyId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(2000, 2100, ErrorMessage = "Validation.ValueIsInvalid")]
    [Display(Name = "MeetingPlan.Year")]
    public int? Year { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "MeetingPlan.Note")]
    public string? Note { get; set; }

    public int Version { get; set; }

    public static MeetingPlanInput FromEntity(MeetingPlan p) => new() { BodyId = p.BodyId, Year = p.Year, Note = p.Note, Version = p.Version };

    public void ApplyTo(MeetingPlan p) => p.Note = Note.TrimToNull();
}
