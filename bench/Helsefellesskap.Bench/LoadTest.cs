using System.Diagnostics;
using System.Net;

namespace Helsefellesskap.Bench;

/// <summary>
/// Closed loop: each client sends its next request as soon as the previous answer is read (or, with a
/// <paramref name="meanPause"/>, after a random pause of that mean, like a person between two tasks), until the
/// duration or the request budget runs out.
/// </summary>
internal sealed class LoadTest(
    Func<CancellationToken, Task<HttpResponseMessage>> send, HttpStatusCode expected, TimeSpan duration, int maxRequests, TimeSpan meanPause = default)
{
    private int issued;

    public static LoadTest Get(HttpClient client, string path, TimeSpan duration, int maxRequests) =>
        new(ct => client.GetAsync(path, ct), HttpStatusCode.OK, duration, maxRequests);

    public static async Task WarmUpAsync(HttpClient client, string path, int requests, CancellationToken ct)
    {
        for (var i = 0; i < requests; i++)
        {
            using var response = await client.GetAsync(path, ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BenchmarkException($"Warm-up: GET {path} answered {(int)response.StatusCode} {response.StatusCode}.");
            }
        }
    }

    public async Task<LoadResult> RunAsync(int concurrency, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var logs = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => ClientLoopAsync(clock, ct), ct)));
        var elapsed = clock.Elapsed;

        var latencies = new List<double>(logs.Sum(log => log.Latencies.Count));
        var errorKinds = new Dictionary<string, int>();
        foreach (var log in logs)
        {
            latencies.AddRange(log.Latencies);
            foreach (var (kind, count) in log.ErrorKinds)
            {
                errorKinds[kind] = errorKinds.GetValueOrDefault(kind) + count;
            }
        }
        return LoadResult.From(latencies, logs.SelectMany(log => log.ServerTimes).ToList(), errorKinds, elapsed);
    }

    /// <summary>One client's own log, so the hot loop shares nothing but the request counter.</summary>
    private sealed class ClientLog
    {
        public List<double> Latencies { get; } = [];

        public Dictionary<string, int> ErrorKinds { get; } = [];

        /// <summary>What the server reported in Server-Timing: its own time, without queueing on the client or socket.</summary>
        public List<double> ServerTimes { get; } = [];

        public void AddError(string kind) => ErrorKinds[kind] = ErrorKinds.GetValueOrDefault(kind) + 1;
    }

    private async Task<ClientLog> ClientLoopAsync(Stopwatch clock, CancellationToken ct)
    {
        var log = new ClientLog();
        if (meanPause > TimeSpan.Zero)
        {
            // People do not start in step: a first pause spreads the clients over the pause interval.
            await Task.Delay(meanPause * 2 * Random.Shared.NextDouble(), ct);
        }
        while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await send(ct);
                if (response.StatusCode != expected)
                {
                    log.AddError($"HTTP {(int)response.StatusCode}");
                }
                if (ServerTime(response) is { } serverTime)
                {
                    log.ServerTimes.Add(serverTime);
                }
            }
            catch (HttpRequestException e)
            {
                log.AddError($"{e.GetType().Name}: {e.Message}");
            }
            catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
            {
                log.AddError($"timeout: {e.Message}");
            }
            log.Latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (meanPause > TimeSpan.Zero)
            {
                await Task.Delay(meanPause * 2 * Random.Shared.NextDouble(), ct);
            }
        }
        return log;
    }

    public static double? ServerTime(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Server-Timing", out var values)
            && values.FirstOrDefault() is { } value
            && value.Split("dur=") is [_, var duration]
            && double.TryParse(duration, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds)
                ? milliseconds
                : null;
}
