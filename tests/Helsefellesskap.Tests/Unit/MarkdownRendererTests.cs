using Helsefellesskap.Web.Infrastructure.Web;

namespace Helsefellesskap.Tests.Unit;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Markdown_becomes_html() =>
        Assert.Contains("<h2>Formål</h2>", MarkdownRenderer.Render("## Formål").ToString());

    [Fact]
    public void A_text_under_the_pages_own_headings_starts_at_the_level_it_is_given_and_never_past_h6()
    {
        var html = MarkdownRenderer.Render("# Delavtale\n\n## 1. Formål\n\n###### Fotnote", headingLevel: 3).ToString()!;
        Assert.Contains("<h3>Delavtale</h3>", html);
        Assert.Contains("<h4>1. Formål</h4>", html);
        Assert.Contains("<h6>Fotnote</h6>", html);
        Assert.Contains("<h1>Delavtale</h1>", MarkdownRenderer.Render("# Delavtale").ToString());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[klikk](javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public void Scripts_never_survive(string markdown)
    {
        var html = MarkdownRenderer.Render(markdown).ToString()!;
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"javascript:", html);
    }
}
