using Helsefellesskap.Web.Features.Meetings.Attachments;

namespace Helsefellesskap.Tests.Unit;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData(@"C:\Users\siri\Documents\Årsrapport.pdf", "Årsrapport.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("møte\u0000ref\u0007erat.docx", "møtereferat.docx")]
    [InlineData("bilde\u202Egnp.exe", "bildegnp.exe")]
    [InlineData("  «Høring»: plan?.pdf  ", "«Høring»_ plan_.pdf")]
    [InlineData("ny\tlinje\nher.pdf", "nylinjeher.pdf")]
    public void Names_lose_paths_and_control_characters_but_keep_norwegian_letters(string raw, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Clean(raw));

    [Fact]
    public void Decomposed_letters_are_composed()
    {
        const string composed = "Årsmøte på Tjøme.pdf";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(composed, AttachmentFileName.Clean(decomposed));
    }

    [Fact]
    public void Long_names_are_shortened_to_255_keeping_the_extension()
    {
        var name = AttachmentFileName.Clean(new string('å', 300) + ".pptx");
        Assert.Equal(AttachmentFileName.MaxLength, name.Length);
        Assert.EndsWith("å.pptx", name);
    }
}
