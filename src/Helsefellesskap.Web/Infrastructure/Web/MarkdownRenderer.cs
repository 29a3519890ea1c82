using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace Helsefellesskap.Web.Infrastructure.Web;

/// <summary>
/// Markdown to HTML that is safe to show: raw HTML is not passed through, and the result is sanitised.
/// Sanitising is costly and the same texts (mandates) are shown on every visit, so results are cached by text.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    private static readonly MemoryCache Rendered = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    /// <summary>
    /// The text as safe HTML. <paramref name="headingLevel"/> is the level its top headings take (a text shown under
    /// the page's own h2 starts at h3), so a long document keeps the page's heading outline.
    /// </summary>
    public static IHtmlContent Render(string markdown, int headingLevel = 1) =>
        Rendered.GetOrCreate((markdown, headingLevel), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var document = Markdown.Parse(markdown, Pipeline);
            foreach (var heading in document.Descendants<HeadingBlock>())
            {
                heading.Level = Math.Min(6, heading.Level + headingLevel - 1);
            }
            return new HtmlString(Sanitizer.Sanitize(document.ToHtml(Pipeline)));
        })!;

    /// <summary>The text without its Markdown, for search and snippets.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();
}
