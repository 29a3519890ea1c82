using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// A paragraph of plain text in a generated document. <see cref="Depth"/> is the list nesting (0 outside lists);
/// <see cref="Marker"/> ("•", "1.") starts a list item.
/// </summary>
public sealed record TextBlock(string Text, int Depth = 0, string? Marker = null, bool Strong = false);

/// <summary>
/// Markdown reduced to what documents print: paragraphs and (nested) bullet and numbered lists, headings as bold
/// paragraphs. Emphasis, links and code keep their text only; HTML is not interpreted: it stays the text that was typed.
/// </summary>
public static class MarkdownText
{
    public const string Bullet = "•";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IReadOnlyList<TextBlock> Blocks(string? markdown)
    {
        var blocks = new List<TextBlock>();
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            AddContainer(Markdown.Parse(markdown, Pipeline), 0, blocks);
        }
        return blocks;
    }

    private static void AddContainer(ContainerBlock container, int depth, List<TextBlock> blocks)
    {
        foreach (var block in container)
        {
            Add(block, depth, blocks);
        }
    }

    private static void Add(Block block, int depth, List<TextBlock> blocks)
    {
        switch (block)
        {
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? item.Order.ToString(CultureInfo.InvariantCulture) + "." : Bullet;
                    var first = blocks.Count;
                    AddContainer(item, depth + 1, blocks);
                    if (blocks.Count > first && blocks[first].Depth == depth + 1)
                    {
                        blocks[first] = blocks[first] with { Marker = marker };
                    }
                    else
                    {
                        blocks.Insert(first, new TextBlock("", depth + 1, marker));
                    }
                }
                break;
            case QuoteBlock quote:
                AddContainer(quote, depth, blocks);
                break;
            case ContainerBlock other:
                AddContainer(other, depth, blocks);
                break;
            case HeadingBlock heading:
                AddText(InlineText(heading.Inline), depth, strong: true, blocks);
                break;
            case CodeBlock code:
                AddText(code.Lines.ToString(), depth, strong: false, blocks);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                AddText(InlineText(leaf.Inline), depth, strong: false, blocks);
                break;
        }
    }

    private static void AddText(string text, int depth, bool strong, List<TextBlock> blocks)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            blocks.Add(new TextBlock(trimmed, depth, null, strong));
        }
    }

    private static string InlineText(ContainerInline? container)
    {
        var text = new StringBuilder();
        AppendInlines(container, text);
        return text.ToString();
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder text)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text);
                    break;
            }
        }
    }
}
