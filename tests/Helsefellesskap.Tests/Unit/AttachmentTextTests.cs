using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Attachments;

namespace Helsefellesskap.Tests.Unit;

public sealed class AttachmentTextTests
{
    [Fact]
    public void Pdf_text_is_read_from_every_page_and_its_pages_counted()
    {
        var content = Extract(AttachmentKind.Pdf, TestFiles.Pdf());
        Assert.Contains(TestFiles.SearchWord, content.Text);
        Assert.Contains("Side to", content.Text);
        Assert.Equal(2, content.PageCount);
    }

    [Fact]
    public void Word_text_is_read_paragraph_by_paragraph()
    {
        var content = Extract(AttachmentKind.Docx, TestFiles.Docx());
        Assert.Equal($"Rapport om {TestFiles.SearchWord}\nTiltak og oppfølging", content.Text);
        Assert.Null(content.PageCount);
    }

    [Fact]
    public void Images_have_no_text() => Assert.Equal(ExtractedContent.None, Extract(AttachmentKind.Png, TestFiles.Png()));

    private static ExtractedContent Extract(AttachmentKind kind, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return AttachmentText.Extract(kind, stream);
    }
}
