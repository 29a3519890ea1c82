namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>Percentiles by linear interpolation between closest ranks (as Excel's PERSENTIL.INK and numpy's default).</summary>
public static class Percentiles
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="fraction">0.5 for the median, 0.9 for the 90th percentile.</param>
    public static double? Of(IReadOnlyList<double> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return null;
        }
        var rank = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
