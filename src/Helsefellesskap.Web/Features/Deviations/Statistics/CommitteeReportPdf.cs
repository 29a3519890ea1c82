using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>
/// The committee report: the statistics of a period as a PDF for FSU or SSU, always with small counts suppressed
/// (it leaves the secretariat). Each breakdown is a table with a bar of block characters beside each count.
/// </summary>
public static class CommitteeReportPdf
{
    private const int LongestBar = 20;

    public static byte[] Render(PublishedStatistics statistics, string communityName, DateOnly madeOn, IStringLocalizer l)
    {
        if (!statistics.Suppressed)
        {
            throw new ArgumentException("The committee report is only ever made from suppressed statistics.", nameof(statistics));
        }
        var style = new PdfStyle();
        var title = l["Statistics.Report.Title"];
        var period = statistics.Filter.PeriodText(l);
        using var document = PdfOutput.NewDocument($"{title} {period}", communityName);
        using (var flow = new PdfFlow(document, style, new PageFrame(communityName, $"{title} {period}")))
        {
            flow.Write(new Piece(title, style.Heading));
            flow.Write(new Piece(l["Statistics.Report.Subtitle", period], style.Subheading, SpaceBefore: 6));
            flow.Space(8);
            var threshold = statistics.Threshold;
            flow.Table(
                [new TableColumn(null, 1), new TableColumn(null, 2)],
                [
                    Row(style, l["Statistics.Period"], period),
                    Row(style, l["Statistics.Partner"], statistics.PartnerName ?? l["Statistics.AllPartners"]),
                    Row(style, l["Statistics.Total"], statistics.Total.Text(threshold)),
                    Row(style, l["Statistics.Report.MadeOn"], OsloTime.Format(madeOn)),
                ],
                borders: false);
            flow.Write(new Piece(l["Statistics.SuppressionNote", threshold], style.Italic, SpaceBefore: 6));

            flow.KeepRoom(80);
            flow.Write(new Piece(l["Statistics.Durations"], style.Subheading, SpaceBefore: 14));
            flow.Write(new Piece(l["Statistics.DurationUnit"], style.Body, SpaceBefore: 2));
            flow.Space(4);
            flow.Table(
                [
                    new TableColumn(l["Statistics.Durations"], 2),
                    new TableColumn(l["Statistics.DurationCount"], 1),
                    new TableColumn(l["Statistics.Median"], 1),
                    new TableColumn(l["Statistics.Percentile90"], 1),
                ],
                [
                    DurationRow(style, l["Statistics.ToAcknowledged"], statistics.ToAcknowledged, threshold),
                    DurationRow(style, l["Statistics.ToClosed"], statistics.ToClosed, threshold),
                ]);

            foreach (var dimension in statistics.Dimensions)
            {
                string name = l[$"Statistics.Dimension.{dimension.Dimension}"];
                flow.KeepRoom(90);
                flow.Write(new Piece(name, style.Subheading, SpaceBefore: 14));
                flow.Space(4);
                var max = Math.Max(1, dimension.Max);
                flow.Table(
                    [new TableColumn(name, 3), new TableColumn(l["Statistics.Count"], 0.8), new TableColumn(l["Statistics.Report.Distribution"], 1.6)],
                    dimension.Items.Select(item => (IReadOnlyList<IReadOnlyList<Piece>>)
                    [
                        [new Piece(item.Label, style.Body)],
                        [new Piece(item.Count.Text(threshold), style.Body)],
                        [new Piece(Bar(item.Count.Value, max), style.Body)],
                    ]));
            }
        }
        PdfOutput.NumberPages(document, style, DocumentText.PageNumberFormat(l));
        return PdfOutput.Save(document);
    }

    private static IReadOnlyList<IReadOnlyList<Piece>> Row(PdfStyle style, string label, string value) =>
        [[new Piece(label, style.Bold)], [new Piece(value, style.Body)]];

    private static IReadOnlyList<IReadOnlyList<Piece>> DurationRow(PdfStyle style, string label, ShownDuration duration, int threshold) =>
    [
        [new Piece(label, style.Body)],
        [new Piece(duration.Count.Text(threshold), style.Body)],
        [new Piece(ShownDuration.Days(duration.MedianDays), style.Body)],
        [new Piece(ShownDuration.Days(duration.Percentile90Days), style.Body)],
    ];

    /// <summary>Full blocks in proportion to the largest count; none for a hidden count, so its size is not drawn either.</summary>
    private static string Bar(int? value, int max) =>
        value is { } v && v > 0 ? new string('█', Math.Max(1, (int)Math.Round((double)v * LongestBar / max))) : "";
}
