using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>An axe-core scan of the page against WCAG 2.1 A and AA.</summary>
public static class AccessibilityScan
{
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {page.Url}:\n{violations}");
    }
}
