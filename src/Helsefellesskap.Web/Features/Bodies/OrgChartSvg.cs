using System.Globalization;
using System.Xml.Linq;

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>
/// Draws the reporting tree as SVG on the server: each body a box linked to its page, children centred
/// under their parent, one row per level.
/// </summary>
public static class OrgChartSvg
{
    private const double BoxWidth = 168;
    private const double BoxHeight = 64;
    private const double HorizontalGap = 16;
    private const double VerticalGap = 44;
    private const double Margin = 8;
    private const int NameLineLength = 26;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <param name="roots">The forest from <see cref="BodyHierarchy.Tree"/>.</param>
    /// <param name="link">The address of a body's page.</param>
    /// <param name="title">Accessible name of the drawing.</param>
    public static string Render(IReadOnlyList<BodyNode> roots, Func<Body, string> link, string title)
    {
        var boxes = new List<XElement>();
        var lines = new List<XElement>();
        var width = Layout(roots, Margin, 0, boxes, lines, link);
        var depth = Depth(roots);
        var totalWidth = Math.Max(width, BoxWidth) + 2 * Margin;
        var totalHeight = depth * BoxHeight + Math.Max(0, depth - 1) * VerticalGap + 2 * Margin;

        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(totalWidth)} {N(totalHeight)}"),
            new XAttribute("width", N(totalWidth)),
            new XAttribute("height", N(totalHeight)),
            new XAttribute("role", "group"),
            new XAttribute("aria-labelledby", "org-chart-title"),
            new XAttribute("class", "org-chart"),
            new XElement(Svg + "title", new XAttribute("id", "org-chart-title"), title),
            new XElement(Svg + "g", new XAttribute("class", "edges"), lines),
            new XElement(Svg + "g", new XAttribute("class", "nodes"), boxes));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Places the nodes left to right from <paramref name="left"/>; returns the width used.</summary>
    private static double Layout(IReadOnlyList<BodyNode> nodes, double left, int level, List<XElement> boxes, List<XElement> lines, Func<Body, string> link)
    {
        var x = left;
        foreach (var node in nodes)
        {
            var childrenWidth = Layout(node.Children, x, level + 1, boxes, lines, link);
            var subtreeWidth = Math.Max(BoxWidth, childrenWidth);
            var boxLeft = x + (subtreeWidth - BoxWidth) / 2;
            var top = Margin + level * (BoxHeight + VerticalGap);
            boxes.Add(Box(node.Body, boxLeft, top, link(node.Body)));
            if (node.Children.Count > 0)
            {
                lines.AddRange(Connectors(node, x, boxLeft + BoxWidth / 2, top + BoxHeight, childrenWidth, subtreeWidth));
            }
            x += subtreeWidth + HorizontalGap;
        }
        return nodes.Count == 0 ? 0 : x - left - HorizontalGap;
    }

    private static IEnumerable<XElement> Connectors(BodyNode node, double subtreeLeft, double parentX, double parentBottom, double childrenWidth, double subtreeWidth)
    {
        var midY = parentBottom + VerticalGap / 2;
        var childLeft = subtreeLeft + (subtreeWidth - childrenWidth) / 2;
        var childX = childLeft;
        yield return Line(parentX, parentBottom, parentX, midY);
        foreach (var child in node.Children)
        {
            var width = Math.Max(BoxWidth, Width(child.Children));
            var centre = childX + width / 2;
            yield return Line(parentX, midY, centre, midY);
            yield return Line(centre, midY, centre, parentBottom + VerticalGap);
            childX += width + HorizontalGap;
        }
    }

    private static double Width(IReadOnlyList<BodyNode> nodes) =>
        nodes.Count == 0 ? 0 : nodes.Sum(n => Math.Max(BoxWidth, Width(n.Children))) + (nodes.Count - 1) * HorizontalGap;

    private static int Depth(IReadOnlyList<BodyNode> nodes) => nodes.Count == 0 ? 0 : 1 + nodes.Max(n => Depth(n.Children));

    private static XElement Box(Body body, double left, double top, string href)
    {
        var nameLines = Wrap(body.Name, NameLineLength).Take(2).ToList();
        return new XElement(Svg + "a",
            new XAttribute("href", href),
            new XElement(Svg + "rect",
                new XAttribute("x", N(left)), new XAttribute("y", N(top)),
                new XAttribute("width", N(BoxWidth)), new XAttribute("height", N(BoxHeight)),
                new XAttribute("rx", "6")),
            new XElement(Svg + "text",
                new XAttribute("x", N(left + BoxWidth / 2)), new XAttribute("y", N(top + 20)),
                new XAttribute("class", "short-name"), body.ShortName),
            nameLines.Select((line, i) => new XElement(Svg + "text",
                new XAttribute("x", N(left + BoxWidth / 2)), new XAttribute("y", N(top + 38 + i * 14)),
                new XAttribute("class", "name"), line)));
    }

    private static XElement Line(double x1, double y1, double x2, double y2) =>
        new(Svg + "line",
            new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)),
            new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)));

    /// <summary>Greedy word wrap; a second line that overflows ends with an ellipsis.</summary>
    internal static IEnumerable<string> Wrap(string text, int lineLength)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > lineLength)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        if (lines.Count > 2)
        {
            lines[1] = lines[1].Length + 1 > lineLength ? lines[1][..(lineLength - 1)] + "…" : lines[1] + "…";
        }
        return lines;
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
