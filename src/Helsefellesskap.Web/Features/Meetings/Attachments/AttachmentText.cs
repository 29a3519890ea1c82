using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Helsefellesskap.Web.Features.Meetings.Attachments;

/// <summary>Text for search and the page count, read from PDF and Word files; other kinds have none.</summary>
public sealed record ExtractedContent(string? Text, int? PageCount)
{
    public static readonly ExtractedContent None = new(null, null);
}

public static class AttachmentText
{
    /// <summary>Enough for any real document; beyond it the text only bloats the database and the search.</summary>
    public const int MaxCharacters = 1_000_000;

    /// <summary>Bounds what the Word reader will decompress from one part, against compression bombs.</summary>
    private const long MaxCharactersInPart = 20_000_000;

    /// <summary>Reads the content from its start; throws if the file cannot be read (the caller decides what that means).</summary>
    public static ExtractedContent Extract(AttachmentKind kind, Stream content)
    {
        content.Position = 0;
        return kind switch
        {
            AttachmentKind.Pdf => FromPdf(content),
            AttachmentKind.Docx => new(FromDocx(content), null),
            _ => ExtractedContent.None,
        };
    }

    private static ExtractedContent FromPdf(Stream content)
    {
        using var pdf = PdfDocument.Open(content);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            if (text.Length >= MaxCharacters)
            {
                break;
            }
            text.AppendLine(ContentOrderTextExtractor.GetText(page));
        }
        return new(Bounded(text), pdf.NumberOfPages);
    }

    private static string? FromDocx(Stream content)
    {
        using var word = WordprocessingDocument.Open(content, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var text = new StringBuilder();
        foreach (var paragraph in word.MainDocumentPart?.Document?.Body?.Descendants<Paragraph>() ?? [])
        {
            if (text.Length >= MaxCharacters)
            {
                break;
            }
            var line = paragraph.InnerText;
            if (!string.IsNullOrWhiteSpace(line))
            {
                text.AppendLine(line);
            }
        }
        return Bounded(text);
    }

    /// <summary>
    /// Drops control characters and broken surrogate pairs, which PDF fonts without a proper character map
    /// produce and which PostgreSQL refuses in text columns, and keeps at most <see cref="MaxCharacters"/>.
    /// </summary>
    private static string? Bounded(StringBuilder text)
    {
        var clean = new StringBuilder(Math.Min(text.Length, MaxCharacters));
        for (var i = 0; i < text.Length && clean.Length < MaxCharacters; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (clean.Length + 2 > MaxCharacters)
                {
                    break;
                }
                clean.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (!char.IsControl(c) || c is '\n' or '\t'))
            {
                clean.Append(c);
            }
        }
        var result = clean.ToString().Trim();
        return result.Length == 0 ? null : result;
    }
}
