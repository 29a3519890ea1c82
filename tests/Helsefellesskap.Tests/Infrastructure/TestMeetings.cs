using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Meetings made for one test, so tests neither depend on the demo meetings nor disturb each other.</summary>
public static class TestMeetings
{
    /// <summary>A meeting of a Vestfold body with one decision item per title, numbered in order.</summary>
    public static Task<Meeting> CreateAsync(this AppFactory factory, string bodyShortName, DateOnly date, params string[] itemTitles) =>
        factory.WithDbAsync(async db =>
        {
            var body = await factory.BodyAsync(DemoLookup.Vestfold, bodyShortName);
            var meeting = new Meeting
            {
                CommunityId = body.CommunityId,
                BodyId = body.Id,
                Date = date,
                StartTime = new TimeOnly(13, 0),
                EndTime = new TimeOnly(15, 30),
                Location = "Testsalen",
            };
            foreach (var (title, index) in itemTitles.Select((title, index) => (title, index)))
            {
                meeting.AgendaItems.Add(new AgendaItem
                {
                    CommunityId = body.CommunityId,
                    Matter = new Matter { CommunityId = body.CommunityId, Title = title, OriginBodyId = body.Id, CreatedAtUtc = DateTime.UtcNow },
                    SortOrder = index + 1,
                    CaseYear = date.Year,
                    CaseSequence = index + 1,
                    Title = title,
                    Types = AgendaItemTypes.Information | AgendaItemTypes.Decision,
                    ProposedConclusion = $"Forslag til konklusjon for {title}.",
                });
            }
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting;
        });

    /// <summary>A meeting of the community: one of the demo's, or else a new one of its first body.</summary>
    public static Task<int> AnyMeetingIdAsync(this AppFactory factory, string slug) =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
            if (await db.Meetings.IgnoreQueryFilters().Where(m => m.CommunityId == communityId).OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }
            var bodyId = await db.Bodies.IgnoreQueryFilters().Where(b => b.CommunityId == communityId).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
            var meeting = new Meeting { CommunityId = communityId, BodyId = bodyId, Date = new DateOnly(2030, 6, 1), StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(11, 0) };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    /// <summary>Adds an item that approves the minutes of <paramref name="earlierMeetingId"/>; returns its id.</summary>
    public static Task<int> AddApprovalItemAsync(this AppFactory factory, Meeting meeting, int earlierMeetingId) =>
        factory.WithDbAsync(async db =>
        {
            var item = new AgendaItem
            {
                CommunityId = meeting.CommunityId,
                MeetingId = meeting.Id,
                Matter = new Matter { CommunityId = meeting.CommunityId, Title = "Referat fra forrige møte", OriginBodyId = meeting.BodyId, CreatedAtUtc = DateTime.UtcNow },
                SortOrder = 100,
                Kind = AgendaItemKind.ApproveMinutes,
                ApprovesMinutesOfMeetingId = earlierMeetingId,
                Title = "Referat fra forrige møte",
                Types = AgendaItemTypes.Decision,
            };
            db.AgendaItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

    public static Task<Meeting> MeetingAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.Meetings.IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == id));

    public static Task<AgendaItem> ItemAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id));
}
