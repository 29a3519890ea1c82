using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Helsefellesskap.Tests.Unit;

/// <summary>The document renderers on an in-memory meeting of 15 items, read back with PdfPig and the Open XML SDK.</summary>
public sealed class MeetingDocumentRendererTests
{
    /// <summary>The texts of the application's resource file, as the running site has them.</summary>
    private static readonly IStringLocalizer L = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    [Fact]
    public void Notice_pdf_has_every_item_with_its_number_in_agenda_order()
    {
        var meeting = SampleMeeting.Create();
        var text = ReadBack.Pdf(NoticePdf.Render(meeting, L));

        var position = text.IndexOf("Saks nr.", StringComparison.Ordinal);
        Assert.True(position >= 0, "the agenda table heading is missing");
        foreach (var item in meeting.Items)
        {
            if (item.CaseNumber is { } number)
            {
                position = AssertFoundAfter(text, number, position);
            }
            position = AssertFoundAfter(text, item.Title, position);
        }
    }

    [Fact]
    public void Notice_pdf_shows_the_header_block_and_flows_long_text_over_pages()
    {
        var meeting = SampleMeeting.Create();
        var pdf = NoticePdf.Render(meeting, L);
        var text = ReadBack.Pdf(pdf);

        using var document = PdfPigDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 4, $"expected the long description to fill several pages, got {document.NumberOfPages}");
        Assert.Contains("Til SSUs faste medlemmer", text);
        AssertInOrder(text, "26 vedlegg", "Sak 2024.25: Vedlegg 1 til 2024.25", "Sak 2024.27: Saksfremlegg", "Sak 2024.35: Vedlegg 2 til 2024.35", "Referent");
        Assert.DoesNotContain("Sak 2024.36:", text);
        Assert.Contains("Referent Rannveig Velken", text);
        Assert.Contains("Innkalling", text);
        Assert.DoesNotContain("Revidert innkalling", text);
        Assert.Contains(SampleMeeting.EndOfLongText, text);
        Assert.Contains("Færder, Tønsberg og Sandefjord: å øve på samhandling", text);
        Assert.Contains($"Side {document.NumberOfPages} av {document.NumberOfPages}", text);
        Assert.Contains("Strategisk samarbeidsutvalg – 26.09.2024", text);
        Assert.Contains("Forslag til konklusjon: Referatene tas til orientering", text);
    }

    [Fact]
    public void Restricted_withdrawn_and_unnumbered_items_show_only_what_they_should()
    {
        var meeting = SampleMeeting.Create();
        var text = ReadBack.Pdf(NoticePdf.Render(meeting, L));

        Assert.Contains("Unntatt offentlighet, Offl. § 14", text);
        Assert.DoesNotContain(SampleMeeting.RestrictedSecret, text);
        Assert.Contains("Utgår", text);
        var words = text.Split(' ');
        var pause = Array.IndexOf(words, "Pause");
        Assert.True(pause > 0);
        Assert.DoesNotMatch(@"^\d{4}\.\d+$", words[pause - 1]);
    }

    [Fact]
    public void A_revised_notice_says_so()
    {
        var meeting = SampleMeeting.Create() with { NoticeRevision = 2, NoticeIssuedAtUtc = new DateTime(2024, 9, 20, 12, 5, 0, DateTimeKind.Utc) };

        var pdf = ReadBack.Pdf(NoticePdf.Render(meeting, L));
        var docx = ReadBack.Docx(NoticeDocx.Render(meeting, L));

        Assert.Contains("Revidert innkalling", pdf);
        Assert.Contains("Revisjon 2, sendt ut 20.09.2024 14:05", pdf);
        Assert.Contains("Revidert innkalling", docx);
    }

    [Fact]
    public void Notice_docx_has_every_item_in_agenda_order()
    {
        var meeting = SampleMeeting.Create();
        var text = ReadBack.Docx(NoticeDocx.Render(meeting, L));

        var position = text.IndexOf("Saks nr.", StringComparison.Ordinal);
        foreach (var item in meeting.Items)
        {
            if (item.CaseNumber is { } number)
            {
                position = AssertFoundAfter(text, number, position);
            }
            position = AssertFoundAfter(text, item.Title, position);
        }
        Assert.Contains("Forslag til konklusjon:", text);
        Assert.Contains(SampleMeeting.EndOfLongText, text);
        Assert.DoesNotContain(SampleMeeting.RestrictedSecret, text);
    }

    [Fact]
    public void Meeting_book_is_the_sum_of_its_parts_with_one_bookmark_per_item()
    {
        var meeting = SampleMeeting.Create();
        var files = SampleMeeting.PdfAttachments(meeting);

        var book = MeetingBookPdf.Render(meeting, files, L);

        var included = MeetingBookPdf.Included(meeting).Where(i => i.CasePaper is not null || MeetingBookPdf.PdfAttachments(i).Any()).ToList();
        var expectedPages = ReadBack.PageCount(NoticePdf.Render(meeting, L))
            + included.Sum(i => i.CasePaper is { } paper ? ReadBack.PageCount(CasePaperPdf.Render(meeting, i, paper, L)) : 0)
            + included.SelectMany(MeetingBookPdf.PdfAttachments).Sum(a => ReadBack.PageCount(files[a.Id]!));
        using var document = PdfPigDocument.Open(book);
        Assert.Equal(expectedPages, document.NumberOfPages);
        Assert.True(document.NumberOfPages >= 30, $"the sample book should be long, got {document.NumberOfPages} pages");

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.ToList();
        Assert.Equal("Innkalling", roots[0].Title);
        Assert.Equal(included.Select(i => $"{i.CaseNumber} {i.Title}"), roots.Skip(1).Select(b => b.Title));
        for (var n = 0; n < included.Count; n++)
        {
            Assert.Equal(included[n].DocumentCount, roots[n + 1].Children.Count);
        }
        Assert.Contains($"Side {document.NumberOfPages} av {document.NumberOfPages}", ReadBack.Pdf(book));
    }

    [Fact]
    public void Meeting_book_replaces_damaged_and_encrypted_attachments_with_a_note_page()
    {
        var meeting = SampleMeeting.Create();
        var files = SampleMeeting.PdfAttachments(meeting);
        var attachments = MeetingBookPdf.Included(meeting).SelectMany(MeetingBookPdf.PdfAttachments).ToList();
        var (damaged, encrypted) = (attachments[0], attachments[1]);
        var whole = ReadBack.PageCount(MeetingBookPdf.Render(meeting, files, L));
        var replacedPages = ReadBack.PageCount(files[damaged.Id]!) + ReadBack.PageCount(files[encrypted.Id]!);

        files[damaged.Id] = "%PDF-1.7 this is not really a PDF file"u8.ToArray();
        files[encrypted.Id] = SampleMeeting.EncryptedPdf();
        var book = MeetingBookPdf.Render(meeting, files, L);

        Assert.Equal(whole - replacedPages + 2, ReadBack.PageCount(book));
        var text = ReadBack.Pdf(book);
        Assert.Contains($"Vedlegget «{damaged.Title}» kunne ikke tas med i møteboken", text);
        Assert.Contains($"Vedlegget «{encrypted.Title}» kunne ikke tas med i møteboken", text);
    }

    [Fact]
    public void Case_paper_has_the_header_table_and_sections()
    {
        var meeting = SampleMeeting.Create();
        var item = meeting.Items.First(i => i.CasePaper is not null);

        var text = ReadBack.Pdf(CasePaperPdf.Render(meeting, item, item.CasePaper!, L));

        AssertInOrder(text, "Saksfremlegg", "Saksnr.", "Møteorgan", "Møtedato", "Type sak", "Saksbehandler",
            item.CaseNumber!, "SSU", "26.09.2024", "Beslutningssak", "Sekretariatet", item.Title,
            "Bakgrunn", "Vurdering", "Forslag til vedtak", "Mandatet godkjennes.");
    }

    [Fact]
    public void Draft_minutes_are_marked_and_approved_minutes_say_how_they_were_approved()
    {
        var draft = SampleMeeting.Create() with { MinutesStatus = MinutesStatus.Draft };
        var approved = draft with
        {
            MinutesStatus = MinutesStatus.Approved,
            MinutesApprovedAtUtc = new DateTime(2024, 11, 28, 13, 0, 0, DateTimeKind.Utc),
            MinutesApprovedBy = MinutesApproval.AtMeeting,
            MinutesApprovedInCase = "SSU 2024.38",
        };

        var draftText = ReadBack.Pdf(MinutesPdf.Render(draft, L));
        var approvedText = ReadBack.Pdf(MinutesPdf.Render(approved, L));

        Assert.Contains("UTKAST", draftText);
        Assert.DoesNotContain("UTKAST", approvedText);
        Assert.Contains("Referatet ble godkjent 28.11.2024 i sak SSU 2024.38.", approvedText);
        AssertInOrder(approvedText, "Tema", "Dato/sted", "Tilstede", "Kari Nordmann, Larvik kommune", "Forfall", "Ola Hansen, Horten kommune",
            "Vedlegg", "Møteleder", "Guro Winsvold", "Sekretariat", "Referent", "Sak nr.", "Referat og konklusjon", "Ansvar");
        AssertInOrder(approvedText, "2024.25", "Konklusjon:", "1.", "Referatene tas til orientering.", "2.", "Sekretariatet får i oppgave å følge opp.");
        Assert.Contains("UTKAST", ReadBack.Docx(MinutesDocx.Render(draft, L)));
        var approvedDocx = ReadBack.Docx(MinutesDocx.Render(approved, L));
        Assert.DoesNotContain("UTKAST", approvedDocx);
        AssertInOrder(approvedDocx, "Referat og konklusjon", "2024.25", "Konklusjon:", "Sekretariatet får i oppgave å følge opp.");
    }

    [Fact]
    public void Markdown_becomes_paragraphs_and_nested_lists()
    {
        var blocks = MarkdownText.Blocks("# Tittel\n\nFørste *avsnitt* med [lenke](https://example.org).\n\n- punkt én\n  - under\n- punkt to\n\n3. tre\n4. fire");

        Assert.Equal(
            [
                new TextBlock("Tittel", 0, null, Strong: true),
                new TextBlock("Første avsnitt med lenke.", 0),
                new TextBlock("punkt én", 1, "•"),
                new TextBlock("under", 2, "•"),
                new TextBlock("punkt to", 1, "•"),
                new TextBlock("tre", 1, "3."),
                new TextBlock("fire", 1, "4."),
            ],
            blocks);
    }

    [Fact]
    public void File_names_are_safe()
    {
        Assert.Equal("innkalling-SSU-2024-09-26.pdf", MeetingDocumentEndpoints.FileName("innkalling", "SSU", "2024-09-26", ".pdf"));
        Assert.Equal("referat-LSU-B-rum-2024-09-26.docx", MeetingDocumentEndpoints.FileName("referat", "LSU Bærum", "2024-09-26", ".docx"));
    }

    private static int AssertFoundAfter(string text, string value, int position)
    {
        var found = text.IndexOf(value, position + 1, StringComparison.Ordinal);
        Assert.True(found > position, $"«{value}» not found after position {position}");
        return found;
    }

    private static void AssertInOrder(string text, params string[] values)
    {
        var position = -1;
        foreach (var value in values)
        {
            position = AssertFoundAfter(text, value, position);
        }
    }
}

/// <summary>A meeting like SSU 26.09.2024, grown to 15 items, one of them with a description several pages long.</summary>
internal static class SampleMeeting
{
    public const string EndOfLongText = "Slutten på den lange beskrivelsen.";
    public const string RestrictedSecret = "Personopplysninger som ikke skal trykkes";

    public static MeetingDocumentModel Create()
    {
        var items = new List<ItemDocumentModel>
        {
            Item(1, "2024.24", "Godkjenning av innkalling og dagsorden", ["Beslutning"], responsible: ["Guro Winsvold"]) with { Kind = AgendaItemKind.ApproveNotice },
            Item(2, "2024.25", "Referat SSU 23.05.24, PM 30.05.24 og FSU 05.09.24", ["Orientering"], "Referat SSU 23.05.24\n\nReferat PM 30.05.24",
                "Referatene tas til orientering", ["Rannveig Velken"], attachments: 3) with
            {
                Kind = AgendaItemKind.ApproveMinutes,
                MinutesSummary = "Ingen merknader til referatene.",
                ConclusionPoints = ["Referatene tas til orientering.", "Sekretariatet får i oppgave å følge opp."],
            },
            Item(3, "2024.26", "Orientering om endringer", ["Orientering"], "- Omorganisering SiV\n- Prosjektledelse Vitality\n  - Ung Arena+\n- Færder, Tønsberg og Sandefjord: å øve på samhandling", responsible: ["Erik Nordberg", "Rannveig Velken"]),
            Item(4, "2024.27", "Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold", ["Beslutning"],
                "Utkast til mandat legges frem for beslutning.", "Mandat godkjennes.", ["Hilde Tafjord"], attachments: 2, casePaper: true),
            Item(5, "2024.28", "Status og videre tilnærming til revisjon av delavtale beredskap", ["Orientering", "Diskusjon"], LongMarkdown(), responsible: ["Kommunene", "SiV"], attachments: 2),
            Item(6, "2024.29", "Delavtale om utskrivningsklare pasienter", ["Orientering"], "Status og videre oppfølging i arbeidsgruppe.", responsible: ["Guro Winsvold"], attachments: 2, casePaper: true),
            Item(7, "2024.30", "Samhandlingsdata og styringsinformasjon", ["Diskusjon"], "Styringsinformasjon om kronikere.", responsible: ["Erik Nordberg", "Lars Rønningen"], attachments: 3, casePaper: true),
            Item(8, null, "Pause", []) with { Kind = AgendaItemKind.Break },
            Item(9, "2024.31", "Midler fra HSØ", ["Orientering"], "Hvilke prosjektsøknader har fått støtte.", responsible: ["Erik Nordberg"], attachments: 2),
            Item(10, "2024.32", "Samhandlingsmidler – jfr. Nasjonal helse- og samhandlingsplan", ["Orientering"], "Informasjon om tilsagn på midler.", responsible: ["Erik Nordberg"], attachments: 3, casePaper: true),
            Item(11, "2024.33", "Personalsak", ["Beslutning"], RestrictedSecret, RestrictedSecret, ["Hemmelig Person"], attachments: 1, casePaper: true) with
            {
                IsRestricted = true,
                RestrictionGround = "Offl. § 14",
            },
            Item(12, "2024.34", "Endringer i tjenestetilbudet som får konsekvenser for samhandlingspartner", ["Orientering", "Diskusjon"], "Endringer innen palliasjon voksne.", responsible: ["SiV"], attachments: 2, casePaper: true),
            Item(13, "2024.35", "Faglig samarbeidsutvalg (FSU)", ["Beslutning"], "FSU har et mandat i dag som er vedtatt i SSU.", "Saken sendes tilbake til FSU.", ["Rannveig Velken"], attachments: 2),
            Item(14, "2024.36", "Partnerskapskonferanse", ["Orientering"], "Utsatt til neste møte.", responsible: ["Guro Winsvold"], attachments: 1) with { State = AgendaItemState.Withdrawn },
            Item(15, null, "Eventuelt", []) with { Kind = AgendaItemKind.AnyOtherBusiness },
        };
        return new MeetingDocumentModel
        {
            MeetingId = 1,
            CommunityName = "Helsefellesskapet i Vestfold",
            BodyName = "Strategisk samarbeidsutvalg",
            BodyShortName = "SSU",
            Date = new DateOnly(2024, 9, 26),
            StartTime = new TimeOnly(12, 30),
            EndTime = new TimeOnly(15, 30),
            Location = "SiV møterom 028, bak kantinen",
            Addressees = "SSUs faste medlemmer",
            Topic = "Innkalling SSU",
            NoticeRevision = 1,
            Participants =
            [
                new("Guro Winsvold", "Larvik kommune", ParticipantRole.Member, AttendanceResponse.Coming, AttendanceStatus.Present, IsChair: true, IsMinuteTaker: false, null),
                new("Kari Nordmann", "Larvik kommune", ParticipantRole.Deputy, AttendanceResponse.Coming, AttendanceStatus.Present, false, false, "Ola Hansen"),
                new("Ola Hansen", "Horten kommune", ParticipantRole.Member, AttendanceResponse.NotComing, AttendanceStatus.Absent, false, false, null),
                new("Rannveig Velken", "kommunene", ParticipantRole.Secretariat, AttendanceResponse.Coming, AttendanceStatus.Present, false, IsMinuteTaker: true, null),
            ],
            Items = items,
        };
    }

    /// <summary>A small PDF for each PDF attachment of the sample, 1–3 pages.</summary>
    public static Dictionary<int, byte[]?> PdfAttachments(MeetingDocumentModel meeting)
    {
        PdfSharpSetup.EnsureConfigured();
        var files = new Dictionary<int, byte[]?>();
        foreach (var attachment in meeting.Items.SelectMany(i => i.Attachments))
        {
            using var document = new PdfSharp.Pdf.PdfDocument();
            var font = new XFont(DejaVuFontResolver.Family, 14);
            for (var page = 1; page <= 1 + (attachment.Id % 3); page++)
            {
                using var graphics = XGraphics.FromPdfPage(document.AddPage());
                graphics.DrawString($"{attachment.Title}, side {page}", font, XBrushes.Black, 60, 80);
            }
            using var stream = new MemoryStream();
            document.Save(stream, false);
            files[attachment.Id] = stream.ToArray();
        }
        return files;
    }

    /// <summary>A PDF that opens only with a password.</summary>
    public static byte[] EncryptedPdf()
    {
        PdfSharpSetup.EnsureConfigured();
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        document.SecuritySettings.UserPassword = "hemmelig";
        document.SecuritySettings.OwnerPassword = "eier";
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static ItemDocumentModel Item(
        int id, string? number, string title, string[] types, string? description = null, string? proposed = null,
        string[]? responsible = null, int attachments = 0, bool casePaper = false) => new()
        {
            Id = id,
            CaseNumber = number,
            Title = title,
            TypeLabels = types,
            Description = description,
            ProposedConclusion = proposed,
            Responsible = responsible ?? [],
            Attachments = [.. Enumerable.Range(1, attachments).Select(n => new AttachmentDocumentModel(id * 10 + n, $"Vedlegg {n} til {number ?? title}", AttachmentKind.Pdf, $"1/{id}-{n}"))],
            CasePaper = casePaper
                ? new CasePaperDocumentModel("Sekretariatet", "Beslutningssak", "Saken legges frem med referanse til tidligere saker.\n\n- Styringsinformasjon\n- Prioriteringer",
                    "Sekretariatet anbefaler at mandatet godkjennes. " + string.Concat(Enumerable.Repeat("Vurderingen fortsetter med flere hensyn. ", 40)), "Mandatet godkjennes.")
                : null,
        };

    private static string LongMarkdown() =>
        string.Join("\n\n", Enumerable.Range(1, 40).Select(n =>
            n % 5 == 0
                ? $"- Punkt {n}a om beredskap i kommunene og sykehuset\n- Punkt {n}b med et svært langt ord: Samhandlingsavvikskategoriseringsarbeidsgruppemedlemmer"
                : $"Avsnitt {n}. Gjeldende delavtale om beredskap innfrir i dag ikke kravene i nasjonal veileder for samarbeidsavtaler mellom kommuner og helseforetak. Saken har vært diskutert i Beredskapsnettverket i Vestfold."))
        + "\n\n" + EndOfLongText;
}
