namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>How a count is published.</summary>
public enum CountMark
{
    Shown,

    /// <summary>Under the threshold (but not zero): shown as "&lt;5".</summary>
    Small,

    /// <summary>At or above the threshold, hidden so that a small count in the same table cannot be worked out from the total: "≥5".</summary>
    Masked,
}

/// <summary>
/// Small-count suppression of one table whose cells add up to a published total. A count from 1 to threshold − 1
/// is hidden ("&lt;5"); zero is shown, as it tells nothing about anyone. When exactly one cell of a table is hidden,
/// the total minus the others would give it away, so the smallest other non-zero cell is hidden too ("≥5").
/// </summary>
public static class SmallCounts
{
    public static CountMark[] Suppress(IReadOnlyList<int> counts, int threshold)
    {
        var marks = counts.Select(count => IsSmall(count, threshold) ? CountMark.Small : CountMark.Shown).ToArray();
        if (marks.Count(m => m == CountMark.Small) == 1)
        {
            var second = Enumerable.Range(0, counts.Count)
                .Where(i => marks[i] == CountMark.Shown && counts[i] > 0)
                .OrderBy(i => counts[i])
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (second is { } index)
            {
                marks[index] = CountMark.Masked;
            }
        }
        return marks;
    }

    /// <summary>A count that is hidden on its own: more than none and fewer than the threshold.</summary>
    public static bool IsSmall(int count, int threshold) => count > 0 && count < threshold;
}
