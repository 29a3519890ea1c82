namespace Helsefellesskap.Bench;

/// <summary>
/// Latencies in milliseconds (as the client saw them, and as the server reported its own time in
/// Server-Timing), and what went wrong, of one closed-loop run.
/// </summary>
internal sealed record LoadResult(
    double P50,
    double P95,
    double P99,
    double Max,
    double ServerP50,
    double ServerP95,
    int Requests,
    int Errors,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, int> ErrorKinds)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public static LoadResult From(List<double> latencies, List<double> serverTimes, Dictionary<string, int> errorKinds, TimeSpan elapsed)
    {
        if (latencies.Count == 0)
        {
            throw new BenchmarkException("The load test completed no requests.");
        }
        latencies.Sort();
        serverTimes.Sort();
        return new LoadResult(
            Statistics.Percentile(latencies, 50),
            Statistics.Percentile(latencies, 95),
            Statistics.Percentile(latencies, 99),
            latencies[^1],
            serverTimes.Count == 0 ? double.NaN : Statistics.Percentile(serverTimes, 50),
            serverTimes.Count == 0 ? double.NaN : Statistics.Percentile(serverTimes, 95),
            latencies.Count,
            errorKinds.Values.Sum(),
            elapsed,
            errorKinds);
    }
}
