using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings.Plans;

/// <summary>Adopting a plan creates its meetings (and their preparatory meetings); entries added later get theirs at once.</summary>
public static class MeetingPlanAdoption
{
    public static async Task AdoptAsync(AppDbContext db, MeetingPlan plan, DateTime nowUtc)
    {
        plan.AdoptedAtUtc ??= nowUtc;
        await CreateMeetingsAsync(db, plan);
    }

    /// <summary>Creates the meetings of entries that have none yet; saves in one transaction.</summary>
    public static async Task CreateMeetingsAsync(AppDbContext db, MeetingPlan plan)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = new List<(MeetingPlanEntry Entry, Meeting Meeting)>();
        foreach (var entry in plan.Entries.Where(e => e.MeetingId is null))
        {
            var (meeting, preparatory) = MeetingsFor(entry, plan.BodyId);
            meeting.MeetingPlanEntryId = entry.Id;
            db.Meetings.Add(meeting);
            created.Add((entry, meeting));
            if (preparatory is not null)
            {
                preparatory.MeetingPlanEntryId = entry.Id;
                db.Meetings.Add(preparatory);
            }
        }
        await db.SaveChangesAsync();
        foreach (var (entry, meeting) in created)
        {
            entry.MeetingId = meeting.Id;
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>The meeting an entry plans for the body, and its preparatory meeting if the entry names one.</summary>
    public static (Meeting Meeting, Meeting? Preparatory) MeetingsFor(MeetingPlanEntry entry, int bodyId)
    {
        var meeting = new Meeting
        {
            BodyId = bodyId,
            Date = entry.Date,
            StartTime = entry.StartTime,
            EndTime = entry.EndTime,
            Location = entry.Location,
        };
        var preparatory = entry is { PreparatoryBodyId: { } preparatoryBodyId, PreparatoryDate: { } preparatoryDate }
            ? new Meeting
            {
                BodyId = preparatoryBodyId,
                Date = preparatoryDate,
                StartTime = entry.PreparatoryStartTime ?? entry.StartTime,
                EndTime = entry.PreparatoryEndTime ?? entry.EndTime,
                Location = entry.Location,
                PreparesMeeting = meeting,
            }
            : null;
        return (meeting, preparatory);
    }

    public static Task<MeetingPlan?> LoadAsync(AppDbContext db, int planId) =>
        db.MeetingPlans.Include(p => p.Body).Include(p => p.Entries.OrderBy(e => e.Date)).ThenInclude(e => e.PreparatoryBody)
            .SingleOrDefaultAsync(p => p.Id == planId);
}
