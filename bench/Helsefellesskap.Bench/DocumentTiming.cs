using System.Diagnostics;
using System.Net;

namespace Helsefellesskap.Bench;

/// <summary>Times one generated document, fetched whole, one request at a time.</summary>
internal static class DocumentTiming
{
    public static async Task<(List<double> Milliseconds, byte[] Last)> RunAsync(HttpClient client, string path, int warmUps, int runs, CancellationToken ct)
    {
        var times = new List<double>();
        var last = Array.Empty<byte>();
        for (var run = 0; run < warmUps + runs; run++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path, ct);
            last = await response.Content.ReadAsByteArrayAsync(ct);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BenchmarkException($"GET {path} answered {(int)response.StatusCode} {response.StatusCode}.");
            }
            if (run >= warmUps)
            {
                times.Add(elapsed);
            }
        }
        return (times, last);
    }
}
