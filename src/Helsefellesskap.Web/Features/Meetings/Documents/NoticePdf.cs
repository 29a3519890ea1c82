using Microsoft.Extensions.Localization;
using PdfSharp.Pdf;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// The meeting notice (innkalling) as the seed notices lay it out: Til / Tema / Dato/sted / vedlegg / Referent,
/// the heading, then the agenda as a table of number and types, the item, and who is responsible.
/// </summary>
public static class NoticePdf
{
    public static byte[] Render(MeetingDocumentModel meeting, IStringLocalizer l)
    {
        var style = new PdfStyle();
        using var document = PdfOutput.NewDocument($"{DocumentText.NoticeHeading(meeting, l)} {DocumentText.BodyAndDate(meeting)}", meeting.CommunityName);
        Write(document, style, meeting, l);
        PdfOutput.NumberPages(document, style, DocumentText.PageNumberFormat(l));
        return PdfOutput.Save(document);
    }

    /// <summary>Adds the notice's pages to <paramref name="document"/> and returns the first.</summary>
    internal static PdfPage Write(PdfDocument document, PdfStyle style, MeetingDocumentModel meeting, IStringLocalizer l)
    {
        using var flow = new PdfFlow(document, style, new PageFrame(meeting.CommunityName, DocumentText.BodyAndDate(meeting)));
        flow.Table([new TableColumn(null, 0.2), new TableColumn(null, 0.8)], HeaderRows(meeting, style, l), borders: false);
        flow.Space(14);
        flow.Write(new Piece(DocumentText.NoticeHeading(meeting, l), style.Heading));
        if (DocumentText.RevisionLine(meeting, l) is { } revision)
        {
            flow.Write(new Piece(revision, style.Italic, SpaceBefore: 2));
        }
        flow.Space(8);
        flow.Table(
            [new TableColumn(l["Documents.CaseNumber"], 0.17), new TableColumn(l["Documents.Item"], 0.61), new TableColumn(l["Documents.Responsible"], 0.22)],
            meeting.Items.Select(item => ItemRow(item, style, l)));
        return flow.FirstPage;
    }

    private static IEnumerable<IReadOnlyList<IReadOnlyList<Piece>>> HeaderRows(MeetingDocumentModel meeting, PdfStyle style, IStringLocalizer l) =>
        DocumentText.NoticeHeader(meeting, l).Select(r =>
            (IReadOnlyList<IReadOnlyList<Piece>>)[[new Piece(r.Label, style.Bold)], [.. r.Lines.Select(line => new Piece(line, style.Body))]]);

    private static IReadOnlyList<IReadOnlyList<Piece>> ItemRow(ItemDocumentModel item, PdfStyle style, IStringLocalizer l)
    {
        List<Piece> number = item.CaseNumber is { } n ? [new Piece(n, style.Bold)] : [];
        number.AddRange(DocumentText.NumberDetails(item, l).Select(detail => new Piece(detail, style.Body)));

        var content = style.ItemHeading(item, l);
        if (item.IsRestricted)
        {
            return [number, content, []];
        }
        content.AddRange(style.Blocks(MarkdownText.Blocks(item.Description)));
        if (!string.IsNullOrWhiteSpace(item.ProposedConclusion))
        {
            content.Add(new Piece(l["Documents.ProposedConclusion"], style.Bold, SpaceBefore: 5));
            content.Add(new Piece(item.ProposedConclusion.Trim(), style.Body, SpaceBefore: 1));
        }
        return [number, content, [.. item.Responsible.Select(name => new Piece(name, style.Body))]];
    }
}
