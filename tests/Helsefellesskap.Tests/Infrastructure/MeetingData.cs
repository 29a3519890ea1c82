using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Meetings and items made directly in the database for tests that need them as a starting point.</summary>
public static class MeetingData
{
    public static Task<Meeting> MeetingAsync(this AppFactory factory, string slug, string bodyShortName, DateOnly date, params string[] itemTitles) =>
        factory.WithDbAsync(async db =>
        {
            var body = await factory.BodyAsync(slug, bodyShortName);
            var meeting = new Meeting
            {
                CommunityId = body.CommunityId,
                BodyId = body.Id,
                Date = date,
                StartTime = new TimeOnly(12, 30),
                EndTime = new TimeOnly(15, 30),
                Location = "SiV møterom 028",
            };
            var order = 0;
            foreach (var title in itemTitles)
            {
                meeting.AgendaItems.Add(new AgendaItem
                {
                    CommunityId = body.CommunityId,
                    Title = title,
                    SortOrder = ++order,
                    Matter = new Matter { CommunityId = body.CommunityId, Title = title, OriginBodyId = body.Id },
                });
            }
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting;
        });

    /// <summary>The meeting's items in agenda order as "number title".</summary>
    public static Task<List<string>> AgendaAsync(this AppFactory factory, int meetingId) =>
        factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().Where(i => i.MeetingId == meetingId).OrderBy(i => i.SortOrder)
            .Select(i => (i.CaseYear == null || i.CaseSequence == null ? "-" : i.CaseYear + "." + i.CaseSequence) + " " + i.Title)
            .ToListAsync());
}
