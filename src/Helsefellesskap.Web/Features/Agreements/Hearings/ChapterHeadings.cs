using System.Text.RegularExpressions;

namespace Helsefellesskap.Web.Features.Agreements.Hearings;

/// <summary>The chapters of a version's text: its Markdown headings (ATX, "# …" to "###### …"), in order, each once.</summary>
public static partial class ChapterHeadings
{
    public static IReadOnlyList<string> Of(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }
        var headings = new List<string>();
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            // A "#" inside a fenced code block is code, not a heading.
            if (Fence().Match(trimmed) is { Success: true } open)
            {
                var marker = open.Groups[1].Value;
                if (fence is null)
                {
                    fence = marker[..1];
                }
                else if (marker.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }
                continue;
            }
            if (fence is null && Heading().Match(trimmed) is { Success: true } heading)
            {
                var text = ClosingHashes().Replace(heading.Groups[1].Value, "").Trim();
                if (text.Length > 0 && !headings.Contains(text))
                {
                    headings.Add(text);
                }
            }
        }
        return headings;
    }

    [GeneratedRegex(@"^ {0,3}(```+|~~~+)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}#{1,6}(?:[ \t]+(.*))?$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?:^|[ \t]+)#+[ \t]*$")]
    private static partial Regex ClosingHashes();
}
