using System.Globalization;
using System.Xml.Linq;

namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>
/// Draws a breakdown as SVG on the server: horizontal bars (one row per item, label on the left, count after the bar)
/// or, for quarters, columns. A hidden count gets no bar, only its text ("&lt;5"). The colours come from the
/// stylesheet (<c>.stat-chart</c>); the table beside the chart holds the same figures for screen readers.
/// </summary>
public static class BarChartSvg
{
    private const double Width = 680;
    private const double LabelWidth = 290;
    private const double ValueWidth = 64;
    private const double RowHeight = 24;
    private const double BarHeight = 16;
    private const double Margin = 6;
    private const int LabelLength = 40;

    private const double ColumnChartHeight = 200;
    private const double ColumnWidth = 56;
    private const double ColumnGap = 40;
    private const double AxisLabelHeight = 20;
    private const double ValueLabelHeight = 18;

    /// <summary>The site's primary colour (contrast 8.6:1 on white); the stylesheet sets the same.</summary>
    private const string BarColour = "#0b4f71";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public sealed record Bar(string Label, int? Value, string Text);

    /// <summary>One row per item; <paramref name="id"/> must be unique on the page (the title and description get ids from it).</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        var max = Math.Max(1, bars.Max(b => b.Value) ?? 0);
        var barSpace = Width - LabelWidth - ValueWidth - (2 * Margin);
        var height = (bars.Count * RowHeight) + (2 * Margin);
        var rows = bars.Select((bar, n) =>
        {
            var top = Margin + (n * RowHeight);
            var length = bar.Value is { } value ? Math.Max(value > 0 ? 1 : 0, value * barSpace / max) : 0;
            var x = Margin + LabelWidth;
            return new XElement(Svg + "g",
                Text(Margin + LabelWidth - 8, top + (RowHeight / 2), Shorten(bar.Label), "end"),
                length > 0 ? Rect(x, top + ((RowHeight - BarHeight) / 2), length, BarHeight) : null,
                Text(x + length + 6, top + (RowHeight / 2), bar.Text, "start"));
        });
        return Chart(id, title, description, height, rows, "bars");
    }

    /// <summary>Columns side by side, the label under each and the count above it.</summary>
    public static string Columns(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        var max = Math.Max(1, bars.Max(b => b.Value) ?? 0);
        var plotHeight = ColumnChartHeight - AxisLabelHeight - ValueLabelHeight - (2 * Margin);
        var baseline = Margin + ValueLabelHeight + plotHeight;
        var width = (bars.Count * (ColumnWidth + ColumnGap)) + ColumnGap;
        var columns = bars.Select((bar, n) =>
        {
            var left = ColumnGap + (n * (ColumnWidth + ColumnGap));
            var centre = left + (ColumnWidth / 2);
            var length = bar.Value is { } value ? Math.Max(value > 0 ? 1 : 0, value * plotHeight / max) : 0;
            return new XElement(Svg + "g",
                length > 0 ? Rect(left, baseline - length, ColumnWidth, length) : null,
                Text(centre, baseline - length - (ValueLabelHeight / 2), bar.Text, "middle"),
                Text(centre, baseline + (AxisLabelHeight / 2) + 2, Shorten(bar.Label), "middle"));
        }).ToList();
        columns.Insert(0, new XElement(Svg + "line",
            new XAttribute("x1", N(ColumnGap / 2)), new XAttribute("y1", N(baseline)),
            new XAttribute("x2", N(width - (ColumnGap / 2))), new XAttribute("y2", N(baseline)),
            new XAttribute("class", "axis")));
        return Chart(id, title, description, ColumnChartHeight, columns, "columns", width);
    }

    private static string Chart(string id, string title, string description, double height, IEnumerable<XElement> content, string kind, double width = Width)
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("width", N(width)),
            new XAttribute("height", N(height)),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("class", $"stat-chart {kind}"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description),
            content);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Rect(double x, double y, double width, double height) =>
        new(Svg + "rect",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("width", N(width)), new XAttribute("height", N(height)),
            new XAttribute("fill", BarColour),
            new XAttribute("class", "bar"));

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("dominant-baseline", "middle"),
            new XAttribute("text-anchor", anchor),
            text);

    internal static string Shorten(string label) => label.Length <= LabelLength ? label : label[..(LabelLength - 1)].TrimEnd() + "…";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
