using System.Security.Cryptography;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Helsefellesskap.Bench;

/// <summary>
/// A full SSU meeting of Vestfold, written straight into the running app's database and blob store with the app's
/// own DbContext: every item has a description, proposed conclusion and two real PDF attachments; some a case paper.
/// </summary>
internal static class BenchMeeting
{
    public const string Community = "vestfold";
    public const int Items = 15;
    public const int AttachmentsPerItem = 2;
    public const int AttachmentPages = 2;
    private const int Participants = 12;
    private const int CasePaperEvery = 3;
    // No demo meeting is this far ahead, so the case numbers of the year are the bench's alone.
    private const int Year = 2037;

    public static async Task<int> CreateAsync(WebServer server, string contentRoot, CancellationToken ct)
    {
        using var host = BenchHost.Build(server, contentRoot);
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var blobs = services.GetRequiredService<IBlobStore>();
        var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Slug == Community, ct);
        services.GetRequiredService<TenantContext>().Set(community);

        var ssu = await db.Bodies.SingleAsync(b => b.ShortName == "SSU", ct);
        var people = await db.People.OrderBy(p => p.Id).Take(Participants).ToListAsync(ct);
        var meeting = new Meeting
        {
            BodyId = ssu.Id,
            Date = new DateOnly(Year, 3, 12),
            StartTime = new TimeOnly(12, 30),
            EndTime = new TimeOnly(15, 30),
            Location = "Tønsberg, møterom Færder",
            Addressees = "SSUs faste medlemmer",
            Topic = "Innkalling SSU",
            Participants = [.. people.Select((p, i) => new MeetingParticipant { PersonId = p.Id, Role = ParticipantRole.Member, IsChair = i == 0 })],
        };
        for (var n = 1; n <= Items; n++)
        {
            var title = $"Sak {n}: styringsdata og oppfølging av tjenestene for pasientgruppe {n}";
            var item = new AgendaItem
            {
                Matter = new Matter { Title = title, OriginBodyId = ssu.Id, CreatedAtUtc = DateTime.UtcNow },
                SortOrder = n,
                CaseYear = Year,
                CaseSequence = n,
                Title = title,
                Types = AgendaItemTypes.Information | AgendaItemTypes.Decision,
                Description = "Saken legges frem med referanse til tidligere saker i SSU.\n\n- Barn og unge\n- Skrøpelige eldre\n- Personer med psykiske lidelser og rus",
                ProposedConclusion = "Styringsdata legges frem i hvert møte, og sekretariatet følger opp.",
                Responsible = [new AgendaItemResponsible { Name = people[n % people.Count].Name, PersonId = people[n % people.Count].Id }],
                CasePaper = n % CasePaperEvery == 0
                    ? new CasePaper { Caseworker = "Sekretariatet", CaseType = "Beslutningssak", Background = "Bakgrunn for saken.", ProposedResolution = "Styringsdata legges frem." }
                    : null,
            };
            for (var a = 1; a <= AttachmentsPerItem; a++)
            {
                item.Attachments.Add(await StoreAttachmentAsync(blobs, community.Id, $"Vedlegg {a} til sak {n}", a, ct));
            }
            meeting.AgendaItems.Add(item);
        }
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }

    private static async Task<Attachment> StoreAttachmentAsync(IBlobStore blobs, int communityId, string title, int sortOrder, CancellationToken ct)
    {
        var content = Pdf(title);
        return new Attachment
        {
            Title = title,
            FileName = $"vedlegg-{sortOrder}.pdf",
            Kind = AttachmentKind.Pdf,
            SizeBytes = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            BlobKey = await blobs.PutAsync(communityId, new MemoryStream(content), ct),
            PageCount = AttachmentPages,
            SortOrder = sortOrder,
            UploadedAtUtc = DateTime.UtcNow,
        };
    }

    /// <summary>A small PDF of <see cref="AttachmentPages"/> pages of text, like a short memo.</summary>
    private static byte[] Pdf(string title)
    {
        PdfSharpSetup.EnsureConfigured();
        using var document = new PdfDocument();
        var font = new XFont(DejaVuFontResolver.Family, 11);
        for (var page = 1; page <= AttachmentPages; page++)
        {
            using var graphics = XGraphics.FromPdfPage(document.AddPage());
            graphics.DrawString($"{title}, side {page}", new XFont(DejaVuFontResolver.Family, 16, XFontStyleEx.Bold), XBrushes.Black, new XPoint(60, 80));
            for (var line = 0; line < 40; line++)
            {
                graphics.DrawString($"Linje {line + 1}: tall og vurderinger fra tjenestene i helsefellesskapet.", font, XBrushes.Black, new XPoint(60, 120 + line * 16));
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
