using Helsefellesskap.Web.Features.Agreements.Hearings;

namespace Helsefellesskap.Tests.Unit;

public sealed class ChapterHeadingsTests
{
    [Fact]
    public void The_chapters_are_the_headings_in_the_order_of_the_text()
    {
        const string text = "# Samarbeidsavtale\n\nInnledning.\n\n## 1. Parter\nTekst.\n\n### 1.1 Kommunene\r\n\n## 2. Formål ##\n";
        Assert.Equal(["Samarbeidsavtale", "1. Parter", "1.1 Kommunene", "2. Formål"], ChapterHeadings.Of(text));
    }

    [Fact]
    public void Code_blocks_hash_tags_and_empty_headings_are_not_chapters()
    {
        const string text = "## Beredskap\n```\n# ikke et kapittel\n```\n#emneknagg\n#\n    # innrykket kode\n~~~\n## heller ikke\n~~~\n## Varsling";
        Assert.Equal(["Beredskap", "Varsling"], ChapterHeadings.Of(text));
    }

    [Fact]
    public void A_heading_repeated_is_one_chapter()
    {
        Assert.Equal(["Vedlegg"], ChapterHeadings.Of("## Vedlegg\ntekst\n## Vedlegg\n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bare tekst uten overskrifter.")]
    public void A_text_without_headings_has_no_chapters(string? text) => Assert.Empty(ChapterHeadings.Of(text));
}
