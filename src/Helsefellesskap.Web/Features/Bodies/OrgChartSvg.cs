using System.Globalization;
using System.Xml.Linq;

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>
/// Draws the reporting tree as SVG on the server: each body a box linked to its page, centred over its
/// children, one row per level.
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
        var drawing = new Drawing(link);
        var width = drawing.PlaceRow(roots, Margin, 0).Width;
        var totalWidth = Math.Max(width, BoxWidth) + 2 * Margin;
        var totalHeight = drawing.Levels * BoxHeight + Math.Max(0, drawing.Levels - 1) * VerticalGap + 2 * Margin;

        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(totalWidth)} {N(totalHeight)}"),
            new XAttribute("width", N(totalWidth)),
            new XAttribute("height", N(totalHeight)),
            new XAttribute("role", "group"),
            new XAttribute("aria-labelledby", "org-chart-title"),
            new XAttribute("class", "org-chart"),
            new XElement(Svg + "title", new XAttribute("id", "org-chart-title"), title),
            new XElement(Svg + "g", new XAttribute("class", "edges"), drawing.Lines),
            new XElement(Svg + "g", new XAttribute("class", "nodes"), drawing.Boxes));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private sealed class Drawing(Func<Body, string> link)
    {
        public List<XElement> Boxes { get; } = [];

        public List<XElement> Lines { get; } = [];

        public int Levels { get; private set; }

        /// <summary>Places sibling subtrees left to right from <paramref name="left"/>; returns their width and each one's centre.</summary>
        public (double Width, List<double> Centres) PlaceRow(IReadOnlyList<BodyNode> nodes, double left, int level)
        {
            var x = left;
            var centres = new List<double>();
            foreach (var node in nodes)
            {
                var (width, centre) = Place(node, x, level);
                centres.Add(centre);
                x += width + HorizontalGap;
            }
            return (nodes.Count == 0 ? 0 : x - left - HorizontalGap, centres);
        }

        private (double Width, double Centre) Place(BodyNode node, double left, int level)
        {
            Levels = Math.Max(Levels, level + 1);
            var (childrenWidth, childCentres) = PlaceRow(node.Children, left, level + 1);
            var width = Math.Max(BoxWidth, childrenWidth);
            var centre = left + width / 2;
            var top = Margin + level * (BoxHeight + VerticalGap);
            Boxes.Add(Box(node.Body, centre - BoxWidth / 2, top, link(node.Body)));
            if (childCentres.Count > 0)
            {
                var bottom = top + BoxHeight;
                var midY = bottom + VerticalGap / 2;
                Lines.Add(Line(centre, bottom, centre, midY));
                foreach (var childCentre in childCentres)
                {
                    Lines.Add(Line(centre, midY, childCentre, midY));
                    Lines.Add(Line(childCentre, midY, childCentre, bottom + VerticalGap));
                }
            }
            return (width, centre);
        }
    }

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
