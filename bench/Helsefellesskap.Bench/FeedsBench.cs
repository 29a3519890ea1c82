using System.Globalization;
using System.Net;

namespace Helsefellesskap.Bench;

/// <summary>
/// Issue 6's feeds on the demo data (SQLite), anonymous as feed readers and crawlers are: the Atom feed as most
/// requests find it (in the output cache) and as it is built after a change (a query key of its own per request
/// misses the cache), and a community's sitemap as it is built.
/// </summary>
internal static class FeedsBench
{
    private const string Community = "vestfold";

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        await using var server = WebServer.Start(options);
        var started = await server.WaitUntilHealthyAsync(ct);
        Console.WriteLine($"SQLite: app started on a fresh database (migrations + demo data) in {started.TotalSeconds:0.0} s");
        using var client = server.CreateClient(maxConnections: BenchOptions.Concurrency);
        var feed = $"/{Community}/publisert.atom";
        var results = new List<LoadResult>
        {
            await MeasureAsync(client, feed, fresh: false, "Atom feed, from the output cache", options, ct),
            await MeasureAsync(client, feed, fresh: true, "Atom feed, built for every request", options, ct),
            await MeasureAsync(client, $"/{Community}/sitemap.xml", fresh: true, "community sitemap, built for every request", options, ct),
        };
        var errorKinds = results.SelectMany(result => result.ErrorKinds).ToList();
        if (errorKinds.Count > 0)
        {
            Console.Error.WriteLine("errors: " + string.Join(", ", errorKinds.Select(kind => $"{kind.Key} x {kind.Value}")));
            Console.Error.WriteLine($"web app output (last lines):{Environment.NewLine}{server.RecentOutput}");
            return 1;
        }
        return 0;
    }

    /// <summary><paramref name="fresh"/>: each request carries a query key of its own, which the output cache varies by.</summary>
    private static async Task<LoadResult> MeasureAsync(HttpClient client, string path, bool fresh, string label, BenchOptions options, CancellationToken ct)
    {
        await LoadTest.WarmUpAsync(client, path, BenchOptions.WarmUpRequests, ct);
        var sent = 0;
        var test = fresh
            ? new LoadTest(token => client.GetAsync($"{path}?n={Interlocked.Increment(ref sent).ToString(CultureInfo.InvariantCulture)}", token),
                HttpStatusCode.OK, options.LoadDuration, BenchOptions.MaxLoadRequests)
            : LoadTest.Get(client, path, options.LoadDuration, BenchOptions.MaxLoadRequests);
        var result = await test.RunAsync(BenchOptions.Concurrency, ct);
        Console.WriteLine(
            $"{label} {path} at {BenchOptions.Concurrency} concurrent clients for {result.Elapsed.TotalSeconds:0.#} s: " +
            $"server time p50 {result.ServerP50:0.0} ms, p95 {result.ServerP95:0.0} ms; " +
            $"client latency p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, p99 {result.P99:0.0} ms, " +
            $"{result.RequestsPerSecond:0.0} requests/s, {result.Requests} requests, {result.Errors} errors");
        return result;
    }
}
