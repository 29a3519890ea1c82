using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>The statistics as CSV for Norwegian Excel (UTF-8 with BOM, semicolons, decimal comma) and as an XLSX workbook.</summary>
public static class StatisticsExports
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>Sections one after another, separated by an empty line: the overview, the durations, then one per breakdown.</summary>
    public static byte[] Csv(PublishedStatistics statistics, IStringLocalizer l)
    {
        var text = new StringBuilder();
        foreach (var section in Sections(statistics, l))
        {
            foreach (var row in section.Rows)
            {
                text.AppendJoin(';', row.Select(CsvCell)).Append("\r\n");
            }
            text.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One sheet for the overview and durations, then one per breakdown; counts as numbers, hidden counts as text.</summary>
    public static byte[] Xlsx(PublishedStatistics statistics, IStringLocalizer l)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var section in Sections(statistics, l))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint rowIndex = 1;
                foreach (var row in section.Rows)
                {
                    data.AppendChild(new Row(row.Select(Cell)) { RowIndex = rowIndex++ });
                }
                part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 48, CustomWidth = true }), data);
                sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = SheetName(section.Name) });
            }
        }
        return output.ToArray();
    }

    /// <summary>A sheet or CSV section; a cell is text, a count (int) or days (double).</summary>
    private sealed record Section(string Name, List<object[]> Rows);

    private static IEnumerable<Section> Sections(PublishedStatistics statistics, IStringLocalizer l)
    {
        List<object[]> overview =
        [
            [l["Statistics.Title"].Value],
            [l["Statistics.Period"].Value, statistics.Filter.PeriodText(l)],
            [l["Statistics.Partner"].Value, statistics.PartnerName ?? l["Statistics.AllPartners"]],
            [l["Statistics.Total"].Value, Count(statistics.Total, statistics.Threshold)],
        ];
        if (statistics.Suppressed)
        {
            overview.Add([l["Statistics.SuppressionNote", statistics.Threshold].Value]);
        }
        overview.Add([]);
        overview.Add([l["Statistics.Durations"].Value, l["Statistics.DurationCount"].Value, l["Statistics.Median"].Value, l["Statistics.Percentile90"].Value]);
        overview.Add(DurationRow(l["Statistics.ToAcknowledged"], statistics.ToAcknowledged, statistics.Threshold));
        overview.Add(DurationRow(l["Statistics.ToClosed"], statistics.ToClosed, statistics.Threshold));
        yield return new Section(l["Statistics.Overview"], overview);
        foreach (var dimension in statistics.Dimensions)
        {
            string name = l[$"Statistics.Dimension.{dimension.Dimension}"];
            yield return new Section(name, [[name, l["Statistics.Count"].Value], .. dimension.Items.Select(i => new object[] { i.Label, Count(i.Count, statistics.Threshold) })]);
        }
    }

    private static object[] DurationRow(string label, ShownDuration duration, int threshold) =>
        [label, Count(duration.Count, threshold), Days(duration.MedianDays), Days(duration.Percentile90Days)];

    /// <summary>A number, or the text of a hidden count ("&lt;5").</summary>
    private static object Count(ShownCount count, int threshold) => count.Value is { } value ? value : count.Text(threshold);

    private static object Days(double? days) => days is { } d ? Math.Round(d, 1) : "";

    /// <summary>Plain digits (no thousands separator) and a decimal comma, as Norwegian Excel reads numbers.</summary>
    private static string CsvCell(object cell) => cell switch
    {
        int count => count.ToString(CultureInfo.InvariantCulture),
        double days => days.ToString("0.0", Norwegian),
        _ => Quote((string)cell),
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    private static Cell Cell(object cell) => cell switch
    {
        int count => new Cell { DataType = CellValues.Number, CellValue = new CellValue(count) },
        double days => new Cell { DataType = CellValues.Number, CellValue = new CellValue(days) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)cell)) },
    };

    /// <summary>Excel allows 31 characters and none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : c)]);
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
