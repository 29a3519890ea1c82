using System.Text;
using PdfSharp.Drawing;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// Text to set in a column: wrapped to the column's width, indented, with an optional list marker that hangs
/// to the left of the text.
/// </summary>
internal sealed record Piece(string Text, XFont Font, double Indent = 0, string? Marker = null, double SpaceBefore = 0);

/// <summary>One set line: where it goes within its column, how much room it takes, and what precedes it.</summary>
internal readonly record struct Line(string Text, XFont Font, double X, double Height, double SpaceBefore, string? Marker, double MarkerX);

/// <summary>Breaks text into lines with PDFsharp's own measurements, so what is measured is what is drawn.</summary>
internal static class TextLayout
{
    /// <summary>Room between a list marker and its text.</summary>
    private const double MarkerGap = 4;

    /// <summary>Width reserved for a marker, so that "•" and "10." items line up.</summary>
    private const double MarkerWidth = 12;

    public static List<Line> Lines(XGraphics graphics, IEnumerable<Piece> pieces, double width)
    {
        var lines = new List<Line>();
        foreach (var piece in pieces)
        {
            var markerWidth = piece.Marker is null ? 0 : Math.Max(MarkerWidth, graphics.MeasureString(piece.Marker, piece.Font).Width + MarkerGap);
            var textX = piece.Indent + markerWidth;
            var height = piece.Font.GetHeight();
            var wrapped = Wrap(graphics, piece.Text, piece.Font, Math.Max(width - textX, 20));
            for (var n = 0; n < wrapped.Count; n++)
            {
                var first = n == 0;
                lines.Add(new Line(wrapped[n], piece.Font, textX, height, first ? piece.SpaceBefore : 0, first ? piece.Marker : null, piece.Indent));
            }
        }
        return lines;
    }

    /// <summary>
    /// Lines of at most <paramref name="width"/> points, broken between words; a word wider than a line is broken
    /// where it must. Line breaks in the text are kept, and an empty text gives one empty line.
    /// </summary>
    public static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = graphics.MeasureString("a a", font).Width - graphics.MeasureString("aa", font).Width;
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Replace('\t', ' ').Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = graphics.MeasureString(word, font).Width;
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                var rest = word;
                while (wordWidth > width && rest.Length > 1)
                {
                    var fits = FittingLength(graphics, rest, font, width);
                    lines.Add(rest[..fits]);
                    rest = rest[fits..];
                    wordWidth = graphics.MeasureString(rest, font).Width;
                }
                line.Append(rest);
                lineWidth = wordWidth;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>The longest start of <paramref name="word"/> that fits, at least one character.</summary>
    private static int FittingLength(XGraphics graphics, string word, XFont font, double width)
    {
        var low = 1;
        var high = word.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (graphics.MeasureString(word[..middle], font).Width <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low;
    }
}
