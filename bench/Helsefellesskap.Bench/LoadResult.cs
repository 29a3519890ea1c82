namespace Helsefellesskap.Bench;

/// <summary>Latencies in milliseconds, and what went wrong, of one closed-loop run.</summary>
internal sealed record LoadResult(
    double P50,
    double P95,
    double P99,
    double Max,
    int Requests,
    int Errors,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, int> ErrorKinds)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public static LoadResult From(List<double> latencies, Dictionary<string, int> errorKinds, TimeSpan elapsed)
    {
        if (latencies.Count == 0)
        {
            throw new BenchmarkException("The load test completed no requests.");
        }
        latencies.Sort();
        return new LoadResult(
            Statistics.Percentile(latencies, 50),
            Statistics.Percentile(latencies, 95),
            Statistics.Percentile(latencies, 99),
            latencies[^1],
            latencies.Count,
            errorKinds.Values.Sum(),
            elapsed,
            errorKinds);
    }
}
