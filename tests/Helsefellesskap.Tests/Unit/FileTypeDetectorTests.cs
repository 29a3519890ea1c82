using System.IO.Compression;
using System.Text;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Attachments;

namespace Helsefellesskap.Tests.Unit;

public sealed class FileTypeDetectorTests
{
    public static TheoryData<string, AttachmentKind> AllowedFiles() => new()
    {
        { nameof(TestFiles.Pdf), AttachmentKind.Pdf },
        { nameof(TestFiles.Docx), AttachmentKind.Docx },
        { nameof(TestFiles.Xlsx), AttachmentKind.Xlsx },
        { nameof(TestFiles.Pptx), AttachmentKind.Pptx },
        { nameof(TestFiles.Png), AttachmentKind.Png },
        { nameof(TestFiles.Jpeg), AttachmentKind.Jpeg },
    };

    [Theory]
    [MemberData(nameof(AllowedFiles))]
    public void Each_allowed_kind_is_known_by_its_content(string file, AttachmentKind expected)
    {
        var detection = Detect(Make(file));
        Assert.Equal(expected, detection.Kind);
        Assert.False(detection.HasMacros);
    }

    public static TheoryData<string> RefusedFiles() =>
    [
        nameof(TestFiles.Html),
        nameof(TestFiles.Svg),
    ];

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void Html_and_svg_are_refused(string file) => Assert.Null(Detect(Make(file)).Kind);

    [Fact]
    public void Text_is_refused_whatever_it_is_called()
    {
        // The detector never sees the name: "rapport.pdf" with text in it is text.
        Assert.Equal(FileTypeDetection.NotAllowed, Detect(TestFiles.PlainText()));
    }

    [Fact]
    public void Executables_are_refused() => Assert.Null(Detect([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]).Kind);

    [Fact]
    public void Empty_content_is_refused() => Assert.Null(Detect([]).Kind);

    [Fact]
    public void A_zip_that_is_not_an_office_package_is_refused() =>
        Assert.Equal(FileTypeDetection.NotAllowed, Detect(TestFiles.Zip("rapport.pdf", "word/document.xml")));

    [Fact]
    public void Office_parts_without_a_content_type_list_are_refused() =>
        Assert.Null(Detect(TestFiles.Zip("word/document.xml", "xl/workbook.xml")).Kind);

    [Fact]
    public void A_package_claiming_to_be_both_word_and_excel_is_refused()
    {
        var zip = ZipWithContentTypes("<Types/>", "word/document.xml", "xl/workbook.xml");
        Assert.Null(Detect(zip).Kind);
    }

    [Fact]
    public void Word_with_macros_is_refused_as_macro_enabled()
    {
        var detection = Detect(TestFiles.Docm());
        Assert.Null(detection.Kind);
        Assert.True(detection.HasMacros);
    }

    [Fact]
    public void Macros_are_found_by_content_type_whatever_the_part_is_called()
    {
        var contentTypes = "<Types><Override PartName=\"/word/makro.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>";
        Assert.Equal(FileTypeDetection.MacroEnabled, Detect(ZipWithContentTypes(contentTypes, "word/document.xml", "word/makro.bin")));
    }

    [Fact]
    public void An_archive_with_too_many_entries_is_refused()
    {
        var names = Enumerable.Range(0, FileTypeDetector.MaxZipEntries).Select(i => $"word/media/{i}.png").Append("word/document.xml").ToArray();
        Assert.Null(Detect(ZipWithContentTypes("<Types/>", names)).Kind);
    }

    [Fact]
    public void A_content_type_list_too_large_to_be_real_is_not_decompressed()
    {
        var huge = "<Types>" + new string(' ', FileTypeDetector.MaxContentTypesBytes) + "</Types>";
        Assert.Null(Detect(ZipWithContentTypes(huge, "word/document.xml")).Kind);
    }

    [Fact]
    public void A_broken_zip_is_refused() => Assert.Null(Detect([.. TestFiles.Docx().Take(200)]).Kind);

    [Fact]
    public void The_stream_is_left_at_its_start()
    {
        using var stream = new MemoryStream(TestFiles.Docx());
        FileTypeDetector.Detect(stream);
        Assert.Equal(0, stream.Position);
    }

    private static FileTypeDetection Detect(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return FileTypeDetector.Detect(stream);
    }

    private static byte[] Make(string file) => file switch
    {
        nameof(TestFiles.Pdf) => TestFiles.Pdf(),
        nameof(TestFiles.Docx) => TestFiles.Docx(),
        nameof(TestFiles.Xlsx) => TestFiles.Xlsx(),
        nameof(TestFiles.Pptx) => TestFiles.Pptx(),
        nameof(TestFiles.Png) => TestFiles.Png(),
        nameof(TestFiles.Jpeg) => TestFiles.Jpeg(),
        nameof(TestFiles.Html) => TestFiles.Html(),
        nameof(TestFiles.Svg) => TestFiles.Svg(),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, null),
    };

    private static byte[] ZipWithContentTypes(string contentTypes, params string[] entryNames)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open(), Encoding.UTF8))
            {
                writer.Write(contentTypes);
            }
            foreach (var name in entryNames)
            {
                zip.CreateEntry(name);
            }
        }
        return stream.ToArray();
    }
}
