using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Content;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Generated documents read back as plain text, the way a reader would go through them.</summary>
public static class ReadBack
{
    /// <summary>
    /// The text of every page in the order it was drawn (a table cell's lines together), with a space where a
    /// line ends or the next text is set apart (another cell), and runs of spaces made single.
    /// </summary>
    public static string Pdf(byte[] pdf)
    {
        using var document = PdfPigDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            Letter? previous = null;
            foreach (var letter in page.Letters)
            {
                var apart = previous is not null
                    && (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 1
                        || letter.StartBaseLine.X < previous.StartBaseLine.X
                        || letter.StartBaseLine.X - previous.EndBaseLine.X > 2);
                text.Append(apart ? " " : "").Append(letter.Value);
                previous = letter;
            }
            text.Append(' ');
        }
        return Regex.Replace(text.ToString(), " {2,}", " ");
    }

    public static int PageCount(byte[] pdf)
    {
        using var document = PdfPigDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>The header and body paragraphs of a Word file, one per line, after checking the file against the schema.</summary>
    public static string Docx(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var header = document.MainDocumentPart!.HeaderParts.Select(h => h.Header.InnerText);
        var body = document.MainDocumentPart.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText);
        return string.Join("\n", header.Concat(body));
    }
}
