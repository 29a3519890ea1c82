using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PageSize = UglyToad.PdfPig.Content.PageSize;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Small real files of each kind, made in code, and a few that only pretend to be.</summary>
public static class TestFiles
{
    /// <summary>A word only the test documents contain, to find in the extracted text.</summary>
    public const string SearchWord = "Samhandlingsavvik";

    /// <summary>A two-page PDF in a standard font, with <see cref="SearchWord"/> on the first page.</summary>
    public static byte[] Pdf()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText($"{SearchWord} i kommunene", 12, new PdfPoint(50, 750), font);
        builder.AddPage(PageSize.A4).AddText("Side to av rapporten", 12, new PdfPoint(50, 750), font);
        return builder.Build();
    }

    public static byte[] Docx() => WordDocument(WordprocessingDocumentType.Document, withMacros: false);

    /// <summary>A macro-enabled Word document with a (dummy) VBA project.</summary>
    public static byte[] Docm() => WordDocument(WordprocessingDocumentType.MacroEnabledDocument, withMacros: true);

    public static byte[] Xlsx() => Package(stream =>
    {
        using var spreadsheet = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        spreadsheet.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
    });

    public static byte[] Pptx() => Package(stream =>
    {
        using var presentation = PresentationDocument.Create(stream, PresentationDocumentType.Presentation);
        presentation.AddPresentationPart().Presentation = new DocumentFormat.OpenXml.Presentation.Presentation();
    });

    /// <summary>A 1×1 pixel PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A 1×1 pixel JPEG.</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    public static byte[] PlainText() => Encoding.UTF8.GetBytes("Referat fra møtet.\nSaken ble tatt til orientering.\n");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    /// <summary>A zip archive with the given (empty) entries, Office-like or not.</summary>
    public static byte[] Zip(params string[] entryNames) => Package(stream =>
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var name in entryNames)
        {
            zip.CreateEntry(name);
        }
    });

    private static byte[] WordDocument(WordprocessingDocumentType type, bool withMacros) => Package(stream =>
    {
        using var word = WordprocessingDocument.Create(stream, type);
        var main = word.AddMainDocumentPart();
        main.Document = new Document(new Body(
            new Paragraph(new Run(new Text("Rapport om " + SearchWord))),
            new Paragraph(new Run(new Text("Tiltak og oppfølging")))));
        if (withMacros)
        {
            using var vba = main.AddNewPart<VbaProjectPart>().GetStream();
            vba.Write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        }
    });

    private static byte[] Package(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
