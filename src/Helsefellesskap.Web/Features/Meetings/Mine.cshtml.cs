using System.Security.Claims;
using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>
/// The member's own page: her upcoming meetings (bodies where she sits now, or meetings she is called to)
/// with her answer and the documents, her open follow-up tasks, and recent meetings with their minutes.
/// </summary>
public sealed class MineModel(AppDbContext db, TimeProvider clock) : PageModel
{
    private const int PastMeetingCount = 10;

    /// <summary>The signed-in user's person in this community; null when the account is linked to none.</summary>
    public Person? Person { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<MyMeeting> Upcoming { get; private set; } = [];

    public IReadOnlyList<MyMeeting> Past { get; private set; } = [];

    public IReadOnlyList<FollowUpTask> Tasks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Person = await db.People.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(p => p.UserId == userId);
        if (Person is null)
        {
            return;
        }
        var personId = Person.Id;
        var today = Today = OsloTime.Today(clock);
        var bodyIds = await db.Memberships
            .Where(m => m.PersonId == personId && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => m.BodyId)
            .Distinct()
            .ToListAsync();
        var mine = db.Meetings.AsNoTracking()
            .Include(m => m.Body)
            .Where(m => bodyIds.Contains(m.BodyId) || m.Participants.Any(p => p.PersonId == personId));
        var upcoming = await mine.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.StartTime).ToListAsync();
        var past = await mine.Where(m => m.Date < today).OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime).Take(PastMeetingCount).ToListAsync();

        var meetingIds = upcoming.Concat(past).Select(m => m.Id).ToList();
        var calls = await db.MeetingParticipants.AsNoTracking()
            .Where(p => p.PersonId == personId && meetingIds.Contains(p.MeetingId))
            .ToDictionaryAsync(p => p.MeetingId);
        Upcoming = upcoming.Select(m => new MyMeeting(m, calls.GetValueOrDefault(m.Id))).ToList();
        Past = past.Select(m => new MyMeeting(m, calls.GetValueOrDefault(m.Id))).ToList();

        Tasks = await db.FollowUpTasks.AsNoTracking()
            .Include(t => t.TargetMeeting).ThenInclude(m => m!.Body)
            .Include(t => t.SourceAgendaItem).ThenInclude(i => i!.Meeting).ThenInclude(m => m!.Body)
            .Where(t => t.OwnerPersonId == personId && (t.Status == FollowUpStatus.Open || t.Status == FollowUpStatus.InProgress))
            .OrderBy(t => t.DueDate == null)
            .ThenBy(t => t.DueDate)
            .ThenBy(t => t.Id)
            .ToListAsync();
    }
}

/// <summary>A meeting and, if she is called to it, her participant record (answer and answer link).</summary>
public sealed record MyMeeting(Meeting Meeting, MeetingParticipant? Call)
{
    public bool MinutesReadable => Meeting.MinutesStatus is MinutesStatus.Circulated or MinutesStatus.Approved;
}
