using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>The minutes as an editable Word document, with the same content and layout as <see cref="MinutesPdf"/>.</summary>
public static class MinutesDocx
{
    public static byte[] Render(MeetingDocumentModel meeting, IStringLocalizer l)
    {
        var draft = meeting.MinutesStatus != MinutesStatus.Approved;
        var title = l["Documents.Minutes"].Value;
        var writer = new DocxWriter();
        writer.Heading(draft ? $"{title} – {l["Documents.Draft"]}" : title);
        writer.Paragraph(new DocxText(DocumentText.Approval(meeting, l) ?? l["Documents.DraftNote"], Italic: true), 60);
        writer.Paragraph(new DocxText(""));
        writer.Table(
            [(null, 0.2), (null, 0.8)],
            DocumentText.MinutesHeader(meeting, l).Select(r =>
                (IReadOnlyList<IReadOnlyList<DocxText>>)[[new DocxText(r.Label, Bold: true)], [.. r.Lines.Select(line => new DocxText(line))]]),
            borders: false);
        writer.Table(
            [(l["Documents.MinutesCaseNumber"], 0.17), (l["Documents.MinutesAndConclusion"], 0.61), (l["Documents.Responsible"], 0.22)],
            meeting.Items.Select(item => ItemRow(item, l)));
        return writer.Save(
            $"{title} {DocumentText.BodyAndDate(meeting)}",
            meeting.CommunityName,
            DocumentText.BodyAndDate(meeting),
            DocumentText.PageNumberFormat(l),
            draft ? l["Documents.Draft"].Value : null);
    }

    private static IReadOnlyList<IReadOnlyList<DocxText>> ItemRow(ItemDocumentModel item, IStringLocalizer l)
    {
        List<DocxText> number = item.CaseNumber is { } n ? [new DocxText(n, Bold: true)] : [];
        if (!item.IsRestricted)
        {
            number.AddRange(item.TypeLabels.Select(type => new DocxText(type)));
        }

        var content = DocxText.ItemHeading(item, l);
        if (item.IsRestricted)
        {
            return [number, content, []];
        }
        content.AddRange(DocxText.FromMarkdown(item.MinutesSummary));
        if (item.ConclusionPoints.Count > 0)
        {
            content.Add(new DocxText(l["Documents.Conclusion"], Bold: true));
            content.AddRange(item.ConclusionPoints.Select((point, i) =>
                new DocxText(point, Marker: DocumentText.ConclusionMarker(i, item.ConclusionPoints.Count))));
        }
        return [number, content, [.. item.Responsible.Select(name => new DocxText(name))]];
    }
}
