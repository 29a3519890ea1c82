using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Helsefellesskap.Web.Infrastructure.Web;

/// <summary>Markdown to HTML that is safe to show: raw HTML is not passed through, and the result is sanitised.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    public static IHtmlContent Render(string markdown) =>
        new HtmlString(Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)));
}
