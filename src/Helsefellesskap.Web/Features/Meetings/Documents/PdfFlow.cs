using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>A table column: its heading (none for a borderless key–value table) and its share of the text width.</summary>
internal sealed record TableColumn(string? Heading, double Share);

/// <summary>
/// Lays content down the pages of a PDF document from top to bottom, starting a new page (with the document's
/// frame) when the current one is full. Text wraps; table rows that do not fit are split across pages, with the
/// table's heading repeated.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    private const double CellPadding = 4;

    /// <summary>A row that does not fit is moved whole to the next page rather than split if less room than this is left.</summary>
    private const double MinimumSplitRoom = 60;

    private readonly PdfDocument document;
    private readonly PageFrame frame;
    private XGraphics graphics;

    /// <summary>Where content starts on the current page: below a repeated table heading, if any.</summary>
    private double contentTop;

    public PdfFlow(PdfDocument document, PdfStyle style, PageFrame frame)
    {
        this.document = document;
        this.frame = frame;
        Style = style;
        graphics = StartPage(out var page);
        FirstPage = page;
    }

    public PdfStyle Style { get; }

    /// <summary>The page this flow started on, for bookmarks.</summary>
    public PdfPage FirstPage { get; }

    public static double Left => PdfStyle.SideMargin;

    public static double Width => PdfStyle.PageWidth - (2 * PdfStyle.SideMargin);

    private static double Bottom => PdfStyle.PageHeight - PdfStyle.BottomMargin;

    private double Y { get; set; }

    private bool AtTop => Y <= contentTop;

    public void NewPage()
    {
        graphics.Dispose();
        graphics = StartPage(out _);
    }

    public void Space(double points) => Y = Math.Min(Y + points, Bottom);

    /// <summary>Starts a new page unless <paramref name="points"/> are left: keeps a heading with what follows it.</summary>
    public void KeepRoom(double points)
    {
        if (!AtTop && Y + points > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>Sets text across the full width, line by line onto as many pages as it needs.</summary>
    public void Write(params Piece[] pieces) => Write((IEnumerable<Piece>)pieces);

    public void Write(IEnumerable<Piece> pieces)
    {
        foreach (var line in TextLayout.Lines(graphics, pieces, Width))
        {
            var before = AtTop ? 0 : line.SpaceBefore;
            if (Y + before + line.Height > Bottom)
            {
                NewPage();
                before = 0;
            }
            Y += before;
            DrawLine(line, Left, Y);
            Y += line.Height;
        }
    }

    /// <summary>A table whose cells hold pieces of text; with <paramref name="borders"/> false it is a plain key–value block.</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<IReadOnlyList<Piece>>> rows, bool borders = true)
    {
        var widths = columns.Select(c => c.Share / columns.Sum(x => x.Share) * Width).ToArray();
        var hasHeading = columns.Any(c => c.Heading is not null);
        IReadOnlyList<Piece>[] heading = [.. columns.Select(c => (IReadOnlyList<Piece>)[new Piece(c.Heading ?? "", Style.Bold)])];
        if (hasHeading)
        {
            if (Y + MinimumSplitRoom > Bottom)
            {
                NewPage();
            }
            DrawRow(heading, widths, borders, fill: true, repeatHeading: null);
        }
        foreach (var row in rows)
        {
            DrawRow(row, widths, borders, fill: false, hasHeading ? heading : null);
        }
    }

    public void Dispose() => graphics.Dispose();

    private XGraphics StartPage(out PdfPage page)
    {
        page = document.AddPage();
        var pageGraphics = XGraphics.FromPdfPage(page);
        frame.Draw(pageGraphics, Style);
        Y = PdfStyle.TopMargin;
        contentTop = Y;
        return pageGraphics;
    }

    private void DrawRow(IReadOnlyList<IReadOnlyList<Piece>> cells, double[] widths, bool borders, bool fill, IReadOnlyList<IReadOnlyList<Piece>>? repeatHeading)
    {
        var lines = cells.Select((cell, c) => TextLayout.Lines(graphics, cell, widths[c] - (2 * CellPadding))).ToArray();
        var next = new int[lines.Length];
        var padding = borders ? CellPadding : 1;
        var firstPart = true;
        while (true)
        {
            var room = Bottom - Y - (2 * padding);
            if (firstPart && !AtTop && room < MinimumSplitRoom && Enumerable.Range(0, lines.Length).Any(c => Height(lines[c], next[c], lines[c].Count) > room))
            {
                ContinueOnNewPage(widths, borders, repeatHeading);
                continue;
            }
            var end = new int[lines.Length];
            var partHeight = 0.0;
            for (var c = 0; c < lines.Length; c++)
            {
                end[c] = next[c];
                while (end[c] < lines[c].Count && Height(lines[c], next[c], end[c] + 1) <= room)
                {
                    end[c]++;
                }
                partHeight = Math.Max(partHeight, Height(lines[c], next[c], end[c]));
            }
            var unfinished = Enumerable.Range(0, lines.Length).Any(c => next[c] < lines[c].Count);
            if (unfinished && end.SequenceEqual(next))
            {
                if (!AtTop)
                {
                    ContinueOnNewPage(widths, borders, repeatHeading);
                    continue;
                }
                // A single line taller than a page: set it anyway rather than loop.
                for (var c = 0; c < lines.Length; c++)
                {
                    end[c] = Math.Min(next[c] + 1, lines[c].Count);
                    partHeight = Math.Max(partHeight, Height(lines[c], next[c], end[c]));
                }
            }
            partHeight = Math.Max(partHeight, Style.Body.GetHeight()) + (2 * padding);
            DrawPart(lines, next, end, widths, partHeight, padding, borders, fill);
            Y += partHeight;
            next = end;
            firstPart = false;
            if (Enumerable.Range(0, lines.Length).All(c => next[c] >= lines[c].Count))
            {
                return;
            }
            ContinueOnNewPage(widths, borders, repeatHeading);
        }
    }

    private void ContinueOnNewPage(double[] widths, bool borders, IReadOnlyList<IReadOnlyList<Piece>>? repeatHeading)
    {
        NewPage();
        if (repeatHeading is not null)
        {
            DrawRow(repeatHeading, widths, borders, fill: true, repeatHeading: null);
            contentTop = Y;
        }
    }

    private void DrawPart(List<Line>[] lines, int[] from, int[] to, double[] widths, double height, double padding, bool borders, bool fill)
    {
        var x = Left;
        for (var c = 0; c < lines.Length; c++)
        {
            var cell = new XRect(x, Y, widths[c], height);
            if (fill)
            {
                graphics.DrawRectangle(new XSolidBrush(PdfStyle.HeaderFill), cell);
            }
            if (borders)
            {
                graphics.DrawRectangle(new XPen(PdfStyle.Rule, 0.5), cell);
            }
            var y = Y + padding;
            for (var n = from[c]; n < to[c]; n++)
            {
                var line = lines[c][n];
                y += n == from[c] ? 0 : line.SpaceBefore;
                DrawLine(line, x + CellPadding, y);
                y += line.Height;
            }
            x += widths[c];
        }
    }

    private void DrawLine(Line line, double x, double y)
    {
        if (line.Marker is not null)
        {
            graphics.DrawString(line.Marker, line.Font, XBrushes.Black, x + line.MarkerX, y, XStringFormats.TopLeft);
        }
        if (line.Text.Length > 0)
        {
            graphics.DrawString(line.Text, line.Font, XBrushes.Black, x + line.X, y, XStringFormats.TopLeft);
        }
    }

    /// <summary>Height of lines [from, to) set together, the first without its space before.</summary>
    private static double Height(List<Line> lines, int from, int to)
    {
        var height = 0.0;
        for (var n = from; n < to; n++)
        {
            height += lines[n].Height + (n == from ? 0 : lines[n].SpaceBefore);
        }
        return height;
    }
}
