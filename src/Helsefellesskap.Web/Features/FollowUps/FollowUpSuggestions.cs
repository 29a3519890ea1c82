using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.FollowUps;

/// <summary>The follow-up tasks the agenda builder offers as "Foreslåtte saker" for a meeting.</summary>
public static class FollowUpSuggestions
{
    /// <summary>
    /// Open tasks that are not yet on any agenda and either are aimed at this meeting, or are owned by the
    /// meeting's body, aimed at no particular meeting and due by the meeting's date. Owners and the source
    /// item (with its meeting and body) are loaded, so the builder can show "Oppfølging av SSU-sak 2024.17".
    /// </summary>
    public static async Task<IReadOnlyList<FollowUpTask>> ForMeetingAsync(AppDbContext db, int meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == meetingId)
            .Select(m => new { m.BodyId, m.Date })
            .SingleOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return [];
        }
        return await db.FollowUpTasks.AsNoTracking()
            .Include(t => t.OwnerPerson)
            .Include(t => t.OwnerBody)
            .Include(t => t.SourceAgendaItem).ThenInclude(i => i!.Meeting).ThenInclude(m => m!.Body)
            .Where(t => t.Status == FollowUpStatus.Open || t.Status == FollowUpStatus.InProgress)
            .Where(t => t.TargetMeetingId == meetingId
                || (t.TargetMeetingId == null && t.OwnerBodyId == meeting.BodyId && t.DueDate != null && t.DueDate <= meeting.Date))
            .Where(t => !db.AgendaItems.Any(i => i.FromFollowUpTaskId == t.Id))
            .OrderBy(t => t.DueDate == null)
            .ThenBy(t => t.DueDate)
            .ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
    }
}
