using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>The notice as an editable Word document, with the same content and layout as <see cref="NoticePdf"/>.</summary>
public static class NoticeDocx
{
    public static byte[] Render(MeetingDocumentModel meeting, IStringLocalizer l)
    {
        var writer = new DocxWriter();
        writer.Table(
            [(null, 0.2), (null, 0.8)],
            DocumentText.NoticeHeader(meeting, l).Select(r => (IReadOnlyList<IReadOnlyList<DocxText>>)[[new DocxText(r.Label, Bold: true)], [.. r.Lines.Select(line => new DocxText(line))]]),
            borders: false);
        writer.Heading(DocumentText.NoticeHeading(meeting, l));
        if (DocumentText.RevisionLine(meeting, l) is { } revision)
        {
            writer.Paragraph(new DocxText(revision, Italic: true), 60);
        }
        writer.Paragraph(new DocxText(""));
        writer.Table(
            [(l["Documents.CaseNumber"], 0.17), (l["Documents.Item"], 0.61), (l["Documents.Responsible"], 0.22)],
            meeting.Items.Select(item => ItemRow(item, l)));
        return writer.Save(
            $"{DocumentText.NoticeHeading(meeting, l)} {DocumentText.BodyAndDate(meeting)}",
            meeting.CommunityName,
            DocumentText.BodyAndDate(meeting),
            DocumentText.PageNumberFormat(l));
    }

    private static IReadOnlyList<IReadOnlyList<DocxText>> ItemRow(ItemDocumentModel item, IStringLocalizer l)
    {
        List<DocxText> number = item.CaseNumber is { } n ? [new DocxText(n, Bold: true)] : [];
        number.AddRange(DocumentText.NumberDetails(item, l).Select(detail => new DocxText(detail)));

        var content = DocxText.ItemHeading(item, l);
        if (item.IsRestricted)
        {
            return [number, content, []];
        }
        content.AddRange(DocxText.FromMarkdown(item.Description));
        if (!string.IsNullOrWhiteSpace(item.ProposedConclusion))
        {
            content.Add(new DocxText(l["Documents.ProposedConclusion"], Bold: true));
            content.Add(new DocxText(item.ProposedConclusion.Trim()));
        }
        return [number, content, [.. item.Responsible.Select(name => new DocxText(name))]];
    }
}
