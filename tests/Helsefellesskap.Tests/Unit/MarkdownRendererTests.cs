using Helsefellesskap.Web.Infrastructure.Web;

namespace Helsefellesskap.Tests.Unit;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Markdown_becomes_html() =>
        Assert.Contains("<h2>Formål</h2>", MarkdownRenderer.Render("## Formål").ToString());

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
