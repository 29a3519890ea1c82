using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Matters;

/// <summary>A matter's full timeline across meetings and bodies, each treatment with its conclusion, and its follow-up.</summary>
public sealed class DetailsModel(AppDbContext db, CommunityPermissions permissions) : PageModel
{
    public Matter Matter { get; private set; } = null!;

    public IReadOnlyList<AgendaItem> Timeline { get; private set; } = [];

    public IReadOnlyList<FollowUpTask> Tasks { get; private set; } = [];

    public bool CanAdminister { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var matter = await db.Matters.AsNoTracking().Include(m => m.OriginBody).SingleOrDefaultAsync(m => m.Id == id);
        if (matter is null)
        {
            return NotFound();
        }
        Matter = matter;
        CanAdminister = await permissions.CanAdministerAsync();
        Timeline = await db.AgendaItems.AsNoTracking()
            .Include(i => i.Meeting!.Body)
            .Where(i => i.MatterId == id)
            .OrderBy(i => i.Meeting!.Date).ThenBy(i => i.Meeting!.StartTime).ThenBy(i => i.SortOrder)
            .ToListAsync();
        Tasks = await db.FollowUpTasks.AsNoTracking()
            .Include(t => t.OwnerPerson).Include(t => t.OwnerBody)
            .Where(t => t.MatterId == id)
            .OrderBy(t => t.DueDate)
            .ToListAsync();
        return Page();
    }

    /// <summary>Conclusions are part of the minutes: shown once the minutes are shared, or to the secretariat.</summary>
    public bool ConclusionVisible(AgendaItem item) =>
        CanAdminister || item.Meeting!.MinutesStatus is MinutesStatus.Circulated or MinutesStatus.Approved;
}
