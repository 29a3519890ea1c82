using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Meetings, agenda items and related records made for one test, apart from the demo's (which other tests rely on).</summary>
public static class TestMeetings
{
    /// <summary>A held meeting in 1999, a year no demo or other test uses, with one agenda item; returns the item's id.</summary>
    public static Task<int> CreateAgendaItemAsync(this AppFactory factory, string slug, string title) =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
            var bodyId = await db.Bodies.IgnoreQueryFilters()
                .Where(b => b.CommunityId == communityId)
                .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
            var item = new AgendaItem
            {
                CommunityId = communityId,
                Meeting = new Meeting
                {
                    CommunityId = communityId,
                    BodyId = bodyId,
                    Date = new DateOnly(1999, 3, 4),
                    StartTime = new TimeOnly(9, 0),
                    EndTime = new TimeOnly(12, 0),
                    Status = MeetingStatus.Held,
                },
                Matter = new Matter { CommunityId = communityId, Title = title, OriginBodyId = bodyId, CreatedAtUtc = DateTime.UtcNow },
                Title = title,
                SortOrder = 1,
                CaseYear = 1999,
                CaseSequence = 1,
                NumberFrozen = true,
            };
            db.AgendaItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

    /// <summary>Some agenda item of the community: the demo's if it has any, otherwise a new one.</summary>
    public static async Task<int> AgendaItemIdAsync(this AppFactory factory, string slug) =>
        await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters()
            .Where(i => db.Communities.Any(c => c.Id == i.CommunityId && c.Slug == slug))
            .OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync())
        ?? await factory.CreateAgendaItemAsync(slug, "Sak laget for testen");

    /// <summary>An attachment record (its file is not stored) on a new agenda item; returns its id.</summary>
    public static async Task<int> CreateAttachmentAsync(this AppFactory factory, string slug)
    {
        var itemId = await factory.CreateAgendaItemAsync(slug, "Sak med vedlegg");
        return await factory.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
            var attachment = new Attachment
            {
                CommunityId = communityId,
                AgendaItemId = itemId,
                Title = "Vedlegg",
                FileName = "vedlegg.pdf",
                Kind = AttachmentKind.Pdf,
                Sha256 = new string('0', 64),
                BlobKey = $"{communityId}/finnes-ikke",
                SortOrder = 1,
                UploadedAtUtc = DateTime.UtcNow,
            };
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync();
            return attachment.Id;
        });
    }

    public static async Task<int> MeetingIdAsync(this AppFactory factory, string slug)
    {
        var itemId = await factory.AgendaItemIdAsync(slug);
        return await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().Where(i => i.Id == itemId).Select(i => i.MeetingId).SingleAsync());
    }

    public static async Task<int> MatterIdAsync(this AppFactory factory, string slug)
    {
        var itemId = await factory.AgendaItemIdAsync(slug);
        return await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().Where(i => i.Id == itemId).Select(i => i.MatterId).SingleAsync());
    }

    /// <summary>Some meeting plan of the community, made (for 1999) if there is none.</summary>
    public static Task<int> MeetingPlanIdAsync(this AppFactory factory, string slug) =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
            if (await db.MeetingPlans.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).Select(p => (int?)p.Id).FirstOrDefaultAsync() is { } existing)
            {
                return existing;
            }
            var bodyId = await db.Bodies.IgnoreQueryFilters().Where(b => b.CommunityId == communityId).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
            var plan = new MeetingPlan { CommunityId = communityId, BodyId = bodyId, Year = 1999 };
            db.MeetingPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

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
