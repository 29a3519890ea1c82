using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// The minutes (referat) as the seed minutes lay them out: the participants block, then a table of number and
/// types / what was said and the numbered conclusion / who is responsible. Minutes not yet approved are marked
/// as a draft on every page.
/// </summary>
public static class MinutesPdf
{
    public static byte[] Render(MeetingDocumentModel meeting, IStringLocalizer l)
    {
        var style = new PdfStyle();
        var draft = meeting.MinutesStatus != MinutesStatus.Approved;
        var title = l["Documents.Minutes"].Value;
        using var document = PdfOutput.NewDocument($"{title} {DocumentText.BodyAndDate(meeting)}", meeting.CommunityName);
        using (var flow = new PdfFlow(document, style, new PageFrame(meeting.CommunityName, DocumentText.BodyAndDate(meeting), draft ? l["Documents.Draft"].Value : null)))
        {
            flow.Write(new Piece(draft ? $"{title} – {l["Documents.Draft"]}" : title, style.Heading));
            var status = DocumentText.Approval(meeting, l) ?? l["Documents.DraftNote"];
            flow.Write(new Piece(status, style.Italic, SpaceBefore: 3));
            flow.Space(10);
            flow.Table(
                [new TableColumn(null, 0.2), new TableColumn(null, 0.8)],
                DocumentText.MinutesHeader(meeting, l).Select(row =>
                    (IReadOnlyList<IReadOnlyList<Piece>>)[[new Piece(row.Label, style.Bold)], [.. row.Lines.Select(line => new Piece(line, style.Body))]]),
                borders: false);
            flow.Space(12);
            flow.Table(
                [new TableColumn(l["Documents.MinutesCaseNumber"], 0.17), new TableColumn(l["Documents.MinutesAndConclusion"], 0.61), new TableColumn(l["Documents.Responsible"], 0.22)],
                meeting.Items.Select(item => ItemRow(item, style, l)));
        }
        PdfOutput.NumberPages(document, style, DocumentText.PageNumberFormat(l));
        return PdfOutput.Save(document);
    }

    private static IReadOnlyList<IReadOnlyList<Piece>> ItemRow(ItemDocumentModel item, PdfStyle style, IStringLocalizer l)
    {
        List<Piece> number = item.CaseNumber is { } n ? [new Piece(n, style.Bold)] : [];
        if (!item.IsRestricted)
        {
            number.AddRange(item.TypeLabels.Select(type => new Piece(type, style.Body)));
        }

        var content = style.ItemHeading(item, l);
        if (item.IsRestricted)
        {
            return [number, content, []];
        }
        content.AddRange(style.Blocks(MarkdownText.Blocks(item.MinutesSummary)));
        if (item.ConclusionPoints.Count > 0)
        {
            content.Add(new Piece(l["Documents.Conclusion"], style.Bold, SpaceBefore: 5));
            content.AddRange(item.ConclusionPoints.Select((point, i) =>
                new Piece(point, style.Body, Marker: DocumentText.ConclusionMarker(i, item.ConclusionPoints.Count), SpaceBefore: 1)));
        }
        return [number, content, [.. item.Responsible.Select(name => new Piece(name, style.Body))]];
    }
}
