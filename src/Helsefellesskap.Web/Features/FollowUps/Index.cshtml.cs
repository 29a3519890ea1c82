using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.FollowUps;

/// <summary>The community's follow-up tasks, filtered by status, body, owner and overdue.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The value of <see cref="Status"/> that shows every status; empty shows the open ones.</summary>
    public const string AllStatuses = "alle";

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    /// <summary>The owner body, or the body whose meeting gave the task.</summary>
    [BindProperty(SupportsGet = true, Name = "organ")]
    public int? BodyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "person")]
    public int? PersonId { get; set; }

    [BindProperty(SupportsGet = true, Name = "forfalt")]
    public bool OverdueOnly { get; set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<FollowUpTask> Tasks { get; private set; } = [];

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = OsloTime.Today(clock);
        var query = db.FollowUpTasks.AsNoTracking()
            .Include(t => t.OwnerPerson)
            .Include(t => t.OwnerBody)
            .Include(t => t.TargetMeeting).ThenInclude(m => m!.Body)
            .Include(t => t.SourceAgendaItem).ThenInclude(i => i!.Meeting).ThenInclude(m => m!.Body)
            .AsQueryable();
        if (Status != AllStatuses)
        {
            if (Enum.TryParse<FollowUpStatus>(Status, out var status) && Enum.IsDefined(status))
            {
                query = query.Where(t => t.Status == status);
            }
            else
            {
                Status = null;
                query = query.Where(t => t.Status == FollowUpStatus.Open || t.Status == FollowUpStatus.InProgress);
            }
        }
        if (BodyId is { } bodyId)
        {
            query = query.Where(t => t.OwnerBodyId == bodyId || (t.SourceAgendaItem != null && t.SourceAgendaItem.Meeting!.BodyId == bodyId));
        }
        if (PersonId is { } personId)
        {
            query = query.Where(t => t.OwnerPersonId == personId);
        }
        if (OverdueOnly)
        {
            var today = Today;
            query = query.Where(t => (t.Status == FollowUpStatus.Open || t.Status == FollowUpStatus.InProgress) && t.DueDate != null && t.DueDate < today);
        }
        Tasks = await query
            .OrderBy(t => t.DueDate == null)
            .ThenBy(t => t.DueDate)
            .ThenBy(t => t.Id)
            .ToListAsync();

        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name, b.ShortName }).ToListAsync();
        BodyOptions = bodies.Select(b => new SelectListItem($"{b.Name} ({b.ShortName})", b.Id.ToString(), b.Id == BodyId)).ToList();
        // Only people who own a task: the whole register would be a long list of names that match nothing.
        var owners = await db.People.AsNoTracking()
            .Where(p => db.FollowUpTasks.Any(t => t.OwnerPersonId == p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync();
        PersonOptions = owners.Select(p => new SelectListItem(p.Name, p.Id.ToString(), p.Id == PersonId)).ToList();
    }
}
