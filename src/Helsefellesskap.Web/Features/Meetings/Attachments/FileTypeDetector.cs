using System.IO.Compression;

namespace Helsefellesskap.Web.Features.Meetings.Attachments;

/// <summary>What an upload's content turned out to be: an allowed kind, or a refusal.</summary>
public readonly record struct FileTypeDetection(AttachmentKind? Kind, bool HasMacros)
{
    public static readonly FileTypeDetection NotAllowed = new(null, false);

    public static readonly FileTypeDetection MacroEnabled = new(null, true);
}

/// <summary>
/// Decides what a file is from its bytes, never from its name: PDF, PNG and JPEG by their signatures, Office
/// files by the parts of their OOXML package. Everything else (HTML, SVG, programs, text, other archives) is refused,
/// and so is Office content with macros.
/// </summary>
public static class FileTypeDetector
{
    /// <summary>Real Office files have a few hundred parts at most; far more suggests a crafted archive.</summary>
    internal const int MaxZipEntries = 5000;

    /// <summary>The package's content-type list is a few kilobytes; a larger one is not decompressed.</summary>
    internal const int MaxContentTypesBytes = 256 * 1024;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    private static readonly (string MainPart, AttachmentKind Kind)[] OfficeMainParts =
    [
        ("word/document.xml", AttachmentKind.Docx),
        ("xl/workbook.xml", AttachmentKind.Xlsx),
        ("ppt/presentation.xml", AttachmentKind.Pptx),
    ];

    /// <summary>Reads the content from its start; the stream must be seekable and is left open.</summary>
    public static FileTypeDetection Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..length];
        content.Position = 0;

        if (head.StartsWith(PdfSignature))
        {
            return new(AttachmentKind.Pdf, false);
        }
        if (head.StartsWith(PngSignature))
        {
            return new(AttachmentKind.Png, false);
        }
        if (head.StartsWith(JpegSignature))
        {
            return new(AttachmentKind.Jpeg, false);
        }
        return head.StartsWith(ZipSignature) ? DetectOffice(content) : FileTypeDetection.NotAllowed;
    }

    private static FileTypeDetection DetectOffice(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return FileTypeDetection.NotAllowed;
            }
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return FileTypeDetection.MacroEnabled;
            }
            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null)
            {
                return FileTypeDetection.NotAllowed;
            }
            var declared = ReadSmallText(contentTypes);
            if (declared is null)
            {
                return FileTypeDetection.NotAllowed;
            }
            // Macros may sit in a part of any name; the content-type list names them whatever the part is called.
            if (declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || declared.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            {
                return FileTypeDetection.MacroEnabled;
            }
            var kinds = OfficeMainParts.Where(p => names.Contains(p.MainPart)).Select(p => p.Kind).ToList();
            return kinds.Count == 1 ? new(kinds[0], false) : FileTypeDetection.NotAllowed;
        }
        catch (InvalidDataException)
        {
            return FileTypeDetection.NotAllowed;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The entry's text, or null if it claims to be, or turns out to be, larger than the bound.</summary>
    private static string? ReadSmallText(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxContentTypesBytes)
        {
            return null;
        }
        using var stream = entry.Open();
        var buffer = new byte[MaxContentTypesBytes + 1];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read > MaxContentTypesBytes ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }
}
