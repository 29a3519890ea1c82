using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using PdfSharp.Pdf;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>A case paper (saksfremlegg): the header table Saksnr / Møteorgan / Møtedato / Type sak / Saksbehandler, the title, then Bakgrunn, Vurdering and Forslag til vedtak.</summary>
public static class CasePaperPdf
{
    public static byte[] Render(MeetingDocumentModel meeting, ItemDocumentModel item, CasePaperDocumentModel paper, IStringLocalizer l)
    {
        var style = new PdfStyle();
        using var document = PdfOutput.NewDocument($"{l["Documents.CasePaper"]} {DocumentText.ItemLabel(item)}", meeting.CommunityName);
        Write(document, style, meeting, item, paper, l);
        PdfOutput.NumberPages(document, style, DocumentText.PageNumberFormat(l));
        return PdfOutput.Save(document);
    }

    internal static PdfPage Write(PdfDocument document, PdfStyle style, MeetingDocumentModel meeting, ItemDocumentModel item, CasePaperDocumentModel paper, IStringLocalizer l)
    {
        using var flow = new PdfFlow(document, style, new PageFrame(meeting.CommunityName, DocumentText.BodyAndDate(meeting)));
        flow.Write(new Piece(l["Documents.CasePaper"], style.Heading));
        flow.Space(8);
        var caseType = string.IsNullOrWhiteSpace(paper.CaseType) ? string.Join(", ", item.TypeLabels) : paper.CaseType;
        flow.Table(
            [
                new TableColumn(l["Documents.CaseNumberShort"], 0.9),
                new TableColumn(l["Documents.Body"], 0.9),
                new TableColumn(l["Documents.MeetingDate"], 1),
                new TableColumn(l["Documents.CaseType"], 1.2),
                new TableColumn(l["Documents.Caseworker"], 1.6),
            ],
            [[
                [new Piece(item.CaseNumber ?? "", style.Body)],
                [new Piece(meeting.BodyShortName, style.Body)],
                [new Piece(OsloTime.Format(meeting.Date), style.Body)],
                [new Piece(caseType, style.Body)],
                [new Piece(paper.Caseworker ?? "", style.Body)],
            ]]);
        flow.Space(12);
        flow.Write(new Piece(item.Title, style.Subheading));
        if (DocumentText.State(item, l) is { } state)
        {
            flow.Write(new Piece(state, style.Bold, SpaceBefore: 4));
        }
        Section(flow, l["Documents.Background"], paper.Background);
        Section(flow, l["Documents.Assessment"], paper.Assessment);
        Section(flow, l["Documents.ProposedResolution"], string.IsNullOrWhiteSpace(paper.ProposedResolution) ? item.ProposedConclusion : paper.ProposedResolution);
        return flow.FirstPage;
    }

    private static void Section(PdfFlow flow, string heading, string? markdown)
    {
        var blocks = MarkdownText.Blocks(markdown);
        if (blocks.Count == 0)
        {
            return;
        }
        flow.KeepRoom(60);
        flow.Write(new Piece(heading, flow.Style.Subheading, SpaceBefore: 12));
        flow.Write(flow.Style.Blocks(blocks, spaceBefore: 4));
    }
}
