using System.Text.RegularExpressions;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>A conclusion is written as lines; each non-empty line is a numbered point ("1. …" is optional).</summary>
public static partial class ConclusionPoints
{
    public static IReadOnlyList<string> Parse(string? conclusion) =>
        string.IsNullOrWhiteSpace(conclusion)
            ? []
            : conclusion.Split('\n')
                .Select(line => LeadingNumber().Replace(line.Trim(), string.Empty).Trim())
                .Where(line => line.Length > 0)
                .ToList();

    [GeneratedRegex(@"^\d+[.)]\s*")]
    private static partial Regex LeadingNumber();
}
