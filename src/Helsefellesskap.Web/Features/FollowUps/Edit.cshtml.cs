using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.FollowUps;

/// <summary>
/// Creates a follow-up task (no id; with <c>?sak=&amp;punkt=</c> from a conclusion point) or edits one.
/// A new due date or target meeting must lie ahead; an owner person or body is required.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : EditPageModel<FollowUpTask, FollowUpTaskInput>(db, audit, l)
{
    /// <summary>The agenda item whose conclusion the new task follows up.</summary>
    [BindProperty(SupportsGet = true, Name = "sak")]
    public int? SourceItemId { get; set; }

    /// <summary>The conclusion point (from 1) of <see cref="SourceItemId"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "punkt")]
    public int? SourcePointNumber { get; set; }

    /// <summary>Where the task comes from: the point named in the query (new task) or the stored one.</summary>
    public TaskSource? Source { get; private set; }

    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MeetingOptions { get; private set; } = [];

    private DateOnly Today => OsloTime.Today(clock);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (RouteData.Values["id"] is string routeId && int.TryParse(routeId, out var id))
        {
            var stored = await Db.FollowUpTasks.AsNoTracking()
                .Where(t => t.Id == id)
                .Select(t => new { t.SourceAgendaItemId, t.SourcePointNumber })
                .SingleOrDefaultAsync();
            if (stored?.SourceAgendaItemId is { } itemId)
            {
                Source = await TaskSource.LoadAsync(Db, itemId, stored.SourcePointNumber);
            }
        }
        else if (SourceItemId is { } itemId)
        {
            Source = await TaskSource.LoadAsync(Db, itemId, SourcePointNumber);
            if (Source is null || Source.PointText is null)
            {
                context.Result = NotFound();
                return;
            }
        }
        await next();
    }

    protected override FollowUpTask NewEntity() => new()
    {
        Title = Input.Title!,
        CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        SourceAgendaItemId = Source?.AgendaItemId,
        SourcePointNumber = Source?.PointNumber,
        MatterId = Source?.MatterId,
    };

    protected override void InitialiseNew() =>
        Input = new FollowUpTaskInput { Title = Source?.PointText, OwnerBodyId = Source?.BodyId, Status = FollowUpStatus.Open };

    protected override IActionResult AfterSave(FollowUpTask task) =>
        RedirectToPage("Index", new { community = RouteData.Values["community"] });

    protected override async Task ValidateAsync()
    {
        if (Input.OwnerPersonId is null && Input.OwnerBodyId is null)
        {
            ModelState.AddModelError(Field(nameof(FollowUpTaskInput.OwnerPersonId)), L["FollowUps.OwnerRequired"]);
        }
        // The lists only offer this community's records, but a forged post could name another's.
        if (Input.OwnerPersonId is { } personId && !await Db.People.AnyAsync(p => p.Id == personId))
        {
            ModelState.AddModelError(Field(nameof(FollowUpTaskInput.OwnerPersonId)), L["Validation.ValueIsInvalid", personId]);
        }
        if (Input.OwnerBodyId is { } bodyId && !await Db.Bodies.AnyAsync(b => b.Id == bodyId))
        {
            ModelState.AddModelError(Field(nameof(FollowUpTaskInput.OwnerBodyId)), L["Validation.ValueIsInvalid", bodyId]);
        }

        // An existing task keeps a date that has since passed; only a new or changed date must lie ahead.
        var stored = Id is { } id
            ? await Db.FollowUpTasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.DueDate, t.TargetMeetingId }).SingleOrDefaultAsync()
            : null;
        if (Input.DueDate is { } due && due != stored?.DueDate && due < Today)
        {
            ModelState.AddModelError(Field(nameof(FollowUpTaskInput.DueDate)), L["FollowUps.DueDateInPast"]);
        }
        if (Input.TargetMeetingId is { } meetingId && meetingId != stored?.TargetMeetingId)
        {
            var meetingDate = await Db.Meetings.Where(m => m.Id == meetingId).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync();
            if (meetingDate is null)
            {
                ModelState.AddModelError(Field(nameof(FollowUpTaskInput.TargetMeetingId)), L["Validation.ValueIsInvalid", meetingId]);
            }
            else if (meetingDate < Today)
            {
                ModelState.AddModelError(Field(nameof(FollowUpTaskInput.TargetMeetingId)), L["FollowUps.TargetMeetingInPast"]);
            }
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        var people = await Db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Employer }).ToListAsync();
        PersonOptions = people.Select(p => new SelectListItem(p.Employer is null ? p.Name : $"{p.Name}, {p.Employer}", p.Id.ToString())).ToList();
        var bodies = await Db.Bodies.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name, b.ShortName }).ToListAsync();
        BodyOptions = bodies.Select(b => new SelectListItem($"{b.Name} ({b.ShortName})", b.Id.ToString())).ToList();
        // Upcoming meetings, and the one already chosen even if it has since been held.
        var today = Today;
        var selected = Input.TargetMeetingId;
        var meetings = await Db.Meetings.AsNoTracking()
            .Where(m => (m.Date >= today && m.Status != MeetingStatus.Cancelled) || m.Id == selected)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new { m.Id, m.Date, m.Body!.ShortName })
            .ToListAsync();
        MeetingOptions = meetings.Select(m => new SelectListItem(MeetingLabel.Of(m.ShortName, m.Date), m.Id.ToString())).ToList();
    }

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

/// <summary>The conclusion point a task follows up, as the edit page shows it and fills in a new task from it.</summary>
public sealed record TaskSource(int AgendaItemId, string CaseNumber, string MeetingName, int MatterId, int BodyId, int? PointNumber, string? PointText)
{
    /// <summary>Null when the item is not found; <see cref="PointText"/> is null when the point does not exist.</summary>
    public static async Task<TaskSource?> LoadAsync(AppDbContext db, int agendaItemId, int? pointNumber)
    {
        var item = await db.AgendaItems.AsNoTracking()
            .Include(i => i.Meeting).ThenInclude(m => m!.Body)
            .SingleOrDefaultAsync(i => i.Id == agendaItemId);
        if (item is null)
        {
            return null;
        }
        var points = item.ConclusionPoints;
        var text = pointNumber is { } n && n >= 1 && n <= points.Count ? points[n - 1] : null;
        return new TaskSource(item.Id, item.CaseNumber ?? item.Title, MeetingLabel.Of(item.Meeting!), item.MatterId, item.Meeting!.BodyId, pointNumber, text);
    }
}

public sealed class FollowUpTaskInput : IEntityInput<FollowUpTask, FollowUpTaskInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "FollowUpTask.Title")]
    public string? Title { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "FollowUpTask.Notes")]
    public string? Notes { get; set; }

    [Display(Name = "FollowUpTask.Status")]
    public FollowUpStatus Status { get; set; }

    [Display(Name = "FollowUpTask.OwnerPersonId")]
    public int? OwnerPersonId { get; set; }

    [Display(Name = "FollowUpTask.OwnerBodyId")]
    public int? OwnerBodyId { get; set; }

    [Display(Name = "FollowUpTask.DueDate")]
    public DateOnly? DueDate { get; set; }

    [Display(Name = "FollowUpTask.TargetMeetingId")]
    public int? TargetMeetingId { get; set; }

    public int Version { get; set; }

    public static FollowUpTaskInput FromEntity(FollowUpTask t) => new()
    {
        Title = t.Title,
        Notes = t.Notes,
        Status = t.Status,
        OwnerPersonId = t.OwnerPersonId,
        OwnerBodyId = t.OwnerBodyId,
        DueDate = t.DueDate,
        TargetMeetingId = t.TargetMeetingId,
        Version = t.Version,
    };

    public void ApplyTo(FollowUpTask t)
    {
        // A new due date or owner deserves a reminder of its own.
        if (t.DueDate != DueDate || t.OwnerPersonId != OwnerPersonId || t.OwnerBodyId != OwnerBodyId)
        {
            t.ReminderSentAtUtc = null;
        }
        t.Title = Title!.Trim();
        t.Notes = Notes.TrimToNull();
        t.Status = Status;
        t.OwnerPersonId = OwnerPersonId;
        t.OwnerBodyId = OwnerBodyId;
        t.DueDate = DueDate;
        t.TargetMeetingId = TargetMeetingId;
    }
}
