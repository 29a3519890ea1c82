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

/// <summary>A meeting made directly in the database, independent of the demo data.</summary>
public sealed record TestMeeting(int Id, string Date, int Year, string[] Titles, int CasePaperItemId, int PlainItemId, string[] DocumentUrls);

public static class TestMeetings
{
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

    /// <summary>Some meeting of the community: one of the demo data's, or else a test meeting made for the purpose.</summary>
    public static async Task<int> AnyMeetingIdAsync(this AppFactory factory, string slug) =>
        await AnyIdOrNullAsync<Meeting>(factory, slug) ?? (await factory.CreateMeetingAsync(slug, MinutesStatus.Approved)).Id;

    /// <summary>Some agenda item (with a case paper, if made here) of the community.</summary>
    public static async Task<int> AnyAgendaItemIdAsync(this AppFactory factory, string slug) =>
        await AnyIdOrNullAsync<AgendaItem>(factory, slug) ?? (await factory.CreateMeetingAsync(slug, MinutesStatus.Approved)).CasePaperItemId;

    private static Task<int?> AnyIdOrNullAsync<T>(AppFactory factory, string slug) where T : TenantEntity =>
        factory.WithDbAsync(db => db.Set<T>().IgnoreQueryFilters()
            .Where(e => db.Communities.Any(c => c.Id == e.CommunityId && c.Slug == slug))
            .OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync());

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
}
