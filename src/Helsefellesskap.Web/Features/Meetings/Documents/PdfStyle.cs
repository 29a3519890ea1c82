using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>The fonts, colours and page geometry of the generated PDFs (A4 portrait, points).</summary>
internal sealed class PdfStyle
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double SideMargin = 56.7;
    public const double TopMargin = 68;
    public const double BottomMargin = 62;

    public static readonly XColor Rule = XColor.FromArgb(120, 120, 120);
    public static readonly XColor HeaderFill = XColor.FromArgb(228, 232, 238);
    public static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    public static readonly XBrush Watermark = new XSolidBrush(XColor.FromArgb(60, 200, 30, 30));

    public PdfStyle()
    {
        PdfSharpSetup.EnsureConfigured();
        Body = Font(9.5, XFontStyleEx.Regular);
        Bold = Font(9.5, XFontStyleEx.Bold);
        Italic = Font(9.5, XFontStyleEx.Italic);
        Small = Font(8, XFontStyleEx.Regular);
        Heading = Font(16, XFontStyleEx.Bold);
        Subheading = Font(11.5, XFontStyleEx.Bold);
        WatermarkFont = Font(96, XFontStyleEx.Bold);
    }

    /// <summary>An item's cell as notice and minutes begin it: its state (utgår, utsatt), title, and for a restricted item the legal ground.</summary>
    public List<Piece> ItemHeading(ItemDocumentModel item, IStringLocalizer l)
    {
        var content = new List<Piece>();
        if (DocumentText.State(item, l) is { } state)
        {
            content.Add(new Piece(state, Bold));
        }
        content.Add(new Piece(item.Title, item.IsBreak ? Body : Bold));
        if (item.IsRestricted)
        {
            content.Add(new Piece(DocumentText.Restriction(item, l), Italic, SpaceBefore: 2));
        }
        return content;
    }

    public XFont Body { get; }

    public XFont Bold { get; }

    public XFont Italic { get; }

    public XFont Small { get; }

    public XFont Heading { get; }

    public XFont Subheading { get; }

    public XFont WatermarkFont { get; }

    /// <summary>Pieces for Markdown blocks: paragraphs spaced apart, list items indented under their marker.</summary>
    public IEnumerable<Piece> Blocks(IReadOnlyList<TextBlock> blocks, double spaceBefore = 3) =>
        blocks.Select((block, n) => new Piece(
            block.Text,
            block.Strong ? Bold : Body,
            Indent: Math.Max(0, block.Depth - 1) * 14,
            Marker: block.Marker,
            SpaceBefore: n == 0 ? spaceBefore : block.Depth > 0 && blocks[n - 1].Depth > 0 ? 1 : 3));

    private static XFont Font(double size, XFontStyleEx style) => new(DejaVuFontResolver.Family, size, style);
}

/// <summary>What every page of a document carries besides its content: header, footer, and a watermark on drafts.</summary>
internal sealed record PageFrame(string HeaderLeft, string HeaderRight, string? Watermark = null)
{
    public void Draw(XGraphics graphics, PdfStyle style)
    {
        if (Watermark is not null)
        {
            var state = graphics.Save();
            graphics.RotateAtTransform(-50, new XPoint(PdfStyle.PageWidth / 2, PdfStyle.PageHeight / 2));
            graphics.DrawString(Watermark, style.WatermarkFont, PdfStyle.Watermark,
                new XRect(0, 0, PdfStyle.PageWidth, PdfStyle.PageHeight), XStringFormats.Center);
            graphics.Restore(state);
        }
        var top = PdfStyle.TopMargin - 34;
        var width = PdfStyle.PageWidth - (2 * PdfStyle.SideMargin);
        graphics.DrawString(HeaderLeft, style.Small, PdfStyle.Muted, new XRect(PdfStyle.SideMargin, top, width, 12), XStringFormats.TopLeft);
        graphics.DrawString(HeaderRight, style.Small, PdfStyle.Muted, new XRect(PdfStyle.SideMargin, top, width, 12), XStringFormats.TopRight);
        graphics.DrawLine(new XPen(PdfStyle.Rule, 0.5), PdfStyle.SideMargin, top + 13, PdfStyle.PageWidth - PdfStyle.SideMargin, top + 13);
    }
}

/// <summary>Finishing touches shared by every generated PDF.</summary>
internal static class PdfOutput
{
    public static PdfDocument NewDocument(string title, string author)
    {
        PdfSharpSetup.EnsureConfigured();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = author;
        document.Info.Creator = "Helsefellesskap";
        return document;
    }

    /// <summary>Writes "Side X av Y" at the foot of every page, including pages imported from other files.</summary>
    public static void NumberPages(PdfDocument document, PdfStyle style, string format)
    {
        var total = document.PageCount;
        for (var n = 0; n < total; n++)
        {
            var page = document.Pages[n];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var bottom = page.Height.Point - (PdfStyle.BottomMargin - 28);
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, n + 1, total);
            graphics.DrawString(text, style.Small, PdfStyle.Muted,
                new XRect(PdfStyle.SideMargin, bottom, width - (2 * PdfStyle.SideMargin), 12), XStringFormats.TopRight);
        }
    }

    public static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
