using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>A paragraph of a Word cell or body: text, emphasis, and list marker with hanging indent.</summary>
internal sealed record DocxText(string Text, bool Bold = false, bool Italic = false, int Depth = 0, string? Marker = null, bool Large = false)
{
    /// <summary>An item's cell as notice and minutes begin it: its state (utgår, utsatt), title, and for a restricted item the legal ground.</summary>
    public static List<DocxText> ItemHeading(ItemDocumentModel item, IStringLocalizer l)
    {
        var content = new List<DocxText>();
        if (DocumentText.State(item, l) is { } state)
        {
            content.Add(new DocxText(state, Bold: true));
        }
        content.Add(new DocxText(item.Title, Bold: !item.IsBreak));
        if (item.IsRestricted)
        {
            content.Add(new DocxText(DocumentText.Restriction(item, l), Italic: true));
        }
        return content;
    }

    public static IEnumerable<DocxText> FromMarkdown(string? markdown) =>
        MarkdownText.Blocks(markdown).Select(b => new DocxText(b.Text, Bold: b.Strong, Depth: b.Depth, Marker: b.Marker));
}

/// <summary>
/// Builds a Word document (A4, Calibri, header and "Side X av Y" footer) from paragraphs and tables,
/// so the DOCX versions of the documents can be edited by the secretariat and still look like the PDFs.
/// </summary>
internal sealed class DocxWriter
{
    /// <summary>Twentieths of a point: A4 width less 2 cm margins on each side.</summary>
    private const int TextWidth = 11906 - (2 * 1134);

    /// <summary>The documents are edited in Word, where Calibri is everywhere (LibreOffice substitutes Carlito).</summary>
    private const string Font = "Calibri";

    private readonly Body body = new();

    public void Paragraph(DocxText text, int spaceBeforeTwips = 0) => body.Append(Paragraph(text, spaceBeforeTwips, keepWithNext: false));

    public void Heading(string text) => body.Append(Paragraph(new DocxText(text, Bold: true, Large: true), 240, keepWithNext: true));

    /// <summary>A table; columns are shares of the text width; with a heading row it repeats on every page.</summary>
    public void Table(IReadOnlyList<(string? Heading, double Share)> columns, IEnumerable<IReadOnlyList<IReadOnlyList<DocxText>>> rows, bool borders = true)
    {
        var total = columns.Sum(c => c.Share);
        var widths = columns.Select(c => (int)(c.Share / total * TextWidth)).ToArray();
        var edge = borders ? BorderValues.Single : BorderValues.Nil;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = edge, Size = 4 },
                    new LeftBorder { Val = edge, Size = 4 },
                    new BottomBorder { Val = edge, Size = 4 },
                    new RightBorder { Val = edge, Size = 4 },
                    new InsideHorizontalBorder { Val = edge, Size = 4 },
                    new InsideVerticalBorder { Val = edge, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        if (columns.Any(c => c.Heading is not null))
        {
            var heading = new TableRow(new TableRowProperties(new TableHeader()));
            for (var c = 0; c < columns.Count; c++)
            {
                heading.Append(Cell(widths[c], [new DocxText(columns[c].Heading ?? "", Bold: true)], shaded: true));
            }
            table.Append(heading);
        }
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            for (var c = 0; c < columns.Count; c++)
            {
                tableRow.Append(Cell(widths[c], c < row.Count ? row[c] : [], shaded: false));
            }
            table.Append(tableRow);
        }
        body.Append(table);
        body.Append(new Paragraph());
    }

    /// <summary>The finished file; <paramref name="banner"/> (e.g. "UTKAST") is repeated in red in the page header.</summary>
    public byte[] Save(string title, string headerLeft, string headerRight, string pageNumberFormat, string? banner = null)
    {
        using var output = new MemoryStream();
        using (var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = title;
            var main = package.AddMainDocumentPart();
            AddStyles(main);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(HeaderParagraph(headerLeft, headerRight, banner));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(PageNumberParagraph(pageNumberFormat));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1300, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return output.ToArray();
    }

    private static TableCell Cell(int width, IReadOnlyList<DocxText> texts, bool shaded)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E4E8EE" });
        }
        var cell = new TableCell(properties);
        // A cell must end with a paragraph, even an empty one.
        cell.Append(texts.Count == 0 ? [new Paragraph()] : texts.Select((t, n) => Paragraph(t, n == 0 ? 0 : 60, keepWithNext: false)));
        return cell;
    }

    private static Paragraph Paragraph(DocxText text, int spaceBeforeTwips, bool keepWithNext)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = spaceBeforeTwips.ToString(), After = "0" });
        if (keepWithNext)
        {
            properties.PrependChild(new KeepNext());
        }
        var runs = new List<Run>();
        if (text.Marker is not null || text.Depth > 0)
        {
            var left = 280 * Math.Max(text.Depth, 1);
            properties.Append(new Indentation { Left = left.ToString(), Hanging = text.Marker is null ? "0" : "280" });
            if (text.Marker is not null)
            {
                runs.Add(TextRun(text.Marker, text));
                runs.Add(new Run(new TabChar()));
            }
        }
        var lines = text.Text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var run = TextRun(lines[n], text);
            if (n > 0)
            {
                run.PrependChild(new Break());
            }
            runs.Add(run);
        }
        return new Paragraph([properties, .. runs]);
    }

    private static Run TextRun(string text, DocxText style)
    {
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.Append(new Bold());
        }
        if (style.Italic)
        {
            properties.Append(new Italic());
        }
        if (style.Large)
        {
            properties.Append(new FontSize { Val = "32" });
        }
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Paragraph HeaderParagraph(string left, string right, string? banner)
    {
        var paragraph = new Paragraph(
            new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })),
            SmallRun(left), new Run(new TabChar()), SmallRun(right));
        if (banner is not null)
        {
            paragraph.Append(new Run(new Break()), new Run(
                new RunProperties(new Bold(), new Color { Val = "C81E1E" }, new FontSize { Val = "28" }),
                new Text(banner)));
        }
        return paragraph;
    }

    /// <summary>"Side {0} av {1}" with the PAGE and NUMPAGES fields in the places of {0} and {1}.</summary>
    private static Paragraph PageNumberParagraph(string format)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
        foreach (var part in Regex.Split(format, @"(\{[01]\})"))
        {
            if (part is "{0}" or "{1}")
            {
                paragraph.Append(new SimpleField(SmallRun("1")) { Instruction = part == "{0}" ? " PAGE " : " NUMPAGES " });
            }
            else if (part.Length > 0)
            {
                paragraph.Append(SmallRun(part));
            }
        }
        return paragraph;
    }

    private static Run SmallRun(string text) =>
        new(new RunProperties(new Color { Val = "5A5A5A" }, new FontSize { Val = "16" }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font },
                new FontSize { Val = "20" },
                new Languages { Val = "nb-NO" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
    }
}
