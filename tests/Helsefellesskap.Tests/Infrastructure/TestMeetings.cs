using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Meetings, agenda items and related records made for one test, apart from the demo's (which other tests rely on).</summary>
/// <summary>A meeting made directly in the database, independent of the demo data.</summary>
public sealed record TestMeeting(int Id, string Date, int Year, string[] Titles, int CasePaperItemId, int PlainItemId, string[] DocumentUrls);

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

    /// <summary>Pages of the PDF attachment of every test meeting.</summary>
    public const int AttachmentPages = 2;

    /// <summary>
    /// An SSU meeting in a year of its own (so its case numbers are predictable): approval of the notice, an item
    /// with a case paper, minutes and a two-page PDF attachment, and "Eventuelt".
    /// </summary>
    public static async Task<TestMeeting> CreateMeetingAsync(this AppFactory factory, string slug, MinutesStatus minutesStatus)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Slug == slug);
        services.GetRequiredService<TenantContext>().Set(community);

        var ssu = await db.Bodies.SingleAsync(b => b.ShortName == "SSU");
        var person = await db.People.OrderBy(p => p.Id).FirstAsync();
        var year = 2040 + Random.Shared.Next(0, 50);
        var date = new DateOnly(year, 3, Random.Shared.Next(1, 28));
        var blobKey = await services.GetRequiredService<IBlobStore>().PutAsync(community.Id, new MemoryStream(TwoPagePdf()));

        var matter = new Matter { Title = "Dokumenttest", OriginBodyId = ssu.Id, CreatedAtUtc = DateTime.UtcNow };
        var meeting = new Meeting
        {
            BodyId = ssu.Id,
            Date = date,
            StartTime = new TimeOnly(12, 30),
            EndTime = new TimeOnly(15, 30),
            Location = "Tønsberg, møterom Færder",
            Addressees = "SSUs faste medlemmer",
            Topic = "Innkalling SSU",
            NoticeRevision = 1,
            MinutesStatus = minutesStatus,
            MinutesApprovedAtUtc = minutesStatus == MinutesStatus.Approved ? DateTime.UtcNow : null,
            MinutesApprovedBy = minutesStatus == MinutesStatus.Approved ? MinutesApproval.ByChair : null,
            Participants = [new MeetingParticipant { PersonId = person.Id, Role = ParticipantRole.Member, IsChair = true, Attendance = AttendanceStatus.Present }],
        };
        string[] titles = ["Godkjenning av innkalling og dagsorden", "Styringsdata for utvikling og oppfølging av tjenestene", "Eventuelt"];
        var approve = Item(meeting, matter, 1, titles[0], year, 1, AgendaItemKind.ApproveNotice);
        var withPaper = Item(meeting, matter, 2, titles[1], year, 2, AgendaItemKind.Regular);
        withPaper.Description = "Saken legges frem med referanse til tidligere saker i SSU.\n\n- Barn og unge\n- Skrøpelige eldre";
        withPaper.ProposedConclusion = "Styringsdata legges frem i hvert møte.";
        withPaper.MinutesSummary = "Sekretariatet orienterte.";
        withPaper.Conclusion = "Notatet tas til orientering.\nSekretariatet følger opp.";
        withPaper.Responsible = [new AgendaItemResponsible { Name = person.Name, PersonId = person.Id }];
        withPaper.CasePaper = new CasePaper { Caseworker = "Sekretariatet", CaseType = "Beslutningssak", Background = "Bakgrunn for saken.", ProposedResolution = "Styringsdata legges frem." };
        withPaper.Attachments =
        [
            new Attachment
            {
                Title = "Presentasjon", FileName = "presentasjon.pdf", Kind = AttachmentKind.Pdf, SizeBytes = 1000,
                Sha256 = new string('0', 64), BlobKey = blobKey, UploadedAtUtc = DateTime.UtcNow,
            },
        ];
        var anyOther = Item(meeting, matter, 3, titles[2], null, null, AgendaItemKind.AnyOtherBusiness);
        meeting.AgendaItems = [approve, withPaper, anyOther];
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();

        var id = meeting.Id;
        return new TestMeeting(id, date.ToString("yyyy-MM-dd"), year, titles, withPaper.Id, approve.Id,
            [
                $"/{slug}/moter/{id}/innkalling.pdf", $"/{slug}/moter/{id}/innkalling.docx", $"/{slug}/moter/{id}/motebok.pdf",
                $"/{slug}/moter/{id}/referat.pdf", $"/{slug}/moter/{id}/referat.docx", $"/{slug}/saker/{withPaper.Id}/saksfremlegg.pdf",
            ]);
    }

    private static AgendaItem Item(Meeting meeting, Matter matter, int order, string title, int? year, int? sequence, AgendaItemKind kind) => new()
    {
        Meeting = meeting,
        Matter = matter,
        SortOrder = order,
        Kind = kind,
        Numbered = sequence is not null,
        CaseYear = year,
        CaseSequence = sequence,
        NumberFrozen = sequence is not null,
        Title = title,
        Types = kind == AgendaItemKind.Regular ? AgendaItemTypes.Information | AgendaItemTypes.Decision : AgendaItemTypes.Decision,
    };

    private static byte[] TwoPagePdf()
    {
        PdfSharpSetup.EnsureConfigured();
        using var document = new PdfDocument();
        for (var n = 0; n < AttachmentPages; n++)
        {
            document.AddPage();
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>The meeting's items in agenda order as "number title" ("-" for no number).</summary>
    public static Task<List<string>> AgendaAsync(this AppFactory factory, int meetingId) =>
        factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().Where(i => i.MeetingId == meetingId).OrderBy(i => i.SortOrder)
            .Select(i => (i.CaseYear == null || i.CaseSequence == null ? "-" : i.CaseYear + "." + i.CaseSequence) + " " + i.Title)
            .ToListAsync());
}
