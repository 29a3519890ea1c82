using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Helsefellesskap.Web.Features.Demo;

namespace Helsefellesskap.Bench;

/// <summary>
/// Issue 5's targets with <see cref="BenchOptions.Reports"/> reports in the database, on SQLite and on PostgreSQL:
/// the statistics dashboard of one community and one year as the secretariat (p95 &lt; 300 ms), for the community
/// holding a large share and for a typical one; and submitting reports through the API with an API key from
/// <see cref="BenchOptions.Reporters"/> concurrent clients (p95 &lt; 100 ms).
/// </summary>
internal static class DeviationBench
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var failures = await RunOnAsync(options, null, "SQLite", ct);
        if (options.Postgres is { } postgres)
        {
            failures += await RunOnAsync(options, postgres, "PostgreSQL", ct);
        }
        else
        {
            Console.WriteLine($"PostgreSQL: skipped ({BenchOptions.PostgresVariable} is not set; bench/run.sh starts a server for it).");
        }
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunOnAsync(BenchOptions options, string? postgres, string provider, CancellationToken ct)
    {
        await using var server = WebServer.Start(options, postgres);
        var started = await server.WaitUntilHealthyAsync(ct);
        Console.WriteLine($"{provider}: app started on a fresh database (migrations + demo data) in {started.TotalSeconds:0.0} s");

        var fill = await DeviationFill.RunAsync(server, options, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: {options.Reports:N0} reports in {DeviationFill.Communities} communities over {DeviationFill.Years} years written in " +
            $"{fill.Elapsed.TotalSeconds:0.0} s ({options.Reports / fill.Elapsed.TotalSeconds:N0} rows/s); {DeviationFill.LargeCommunity} holds {options.LargeShare:P0}"));

        var year = DateTime.UtcNow.Year - 1;
        using (var secretariat = server.CreateClient(maxConnections: 1, new CookieContainer()))
        {
            await SignIn.AsDemoAccountAsync(secretariat, DemoAccounts.PlatformAdministrator, ct);
            var large = fill.Sites.Single(s => s.Slug == DeviationFill.LargeCommunity);
            var typical = fill.Sites.First(s => s != large && s.Slug != "vestre-viken");
            foreach (var (site, label) in new[] { (large, "large share"), (typical, "typical") })
            {
                var path = options.DashboardPath.Replace("{community}", site.Slug, StringComparison.Ordinal)
                    .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                await MeasureDashboardAsync(secretariat, path, $"{provider}: dashboard, {label} ({DeviationFill.Describe(fill, site, year)})", ct);
            }
        }

        var errorKinds = (await MeasureSubmitAsync(server, provider, options, ct)).SelectMany(result => result.ErrorKinds).ToList();
        if (errorKinds.Count == 0)
        {
            return 0;
        }
        Console.Error.WriteLine("errors: " + string.Join(", ", errorKinds.Select(kind => $"{kind.Key} x {kind.Value}")));
        Console.Error.WriteLine($"web app output (last lines):{Environment.NewLine}{server.RecentOutput}");
        return 1;
    }

    /// <summary>One request at a time, after warm-up; a page not in this build is reported, not failed.</summary>
    private static async Task MeasureDashboardAsync(HttpClient client, string path, string label, CancellationToken ct)
    {
        var client95 = new List<double>();
        var server95 = new List<double>();
        for (var run = 0; run < BenchOptions.DashboardWarmUps + BenchOptions.DashboardRuns; run++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (response.StatusCode == HttpStatusCode.NotFound && run == 0)
            {
                Console.WriteLine($"{label}: GET {path} answered 404, the dashboard is not in this build; not measured");
                return;
            }
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BenchmarkException($"GET {path} answered {(int)response.StatusCode} {response.StatusCode}.");
            }
            if (run >= BenchOptions.DashboardWarmUps)
            {
                client95.Add(elapsed);
                if (LoadTest.ServerTime(response) is { } serverTime)
                {
                    server95.Add(serverTime);
                }
            }
        }
        client95.Sort();
        server95.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: GET {path} over {BenchOptions.DashboardRuns} runs: server p50 {Statistics.Percentile(server95, 50):0.0} ms, " +
            $"p95 {Statistics.Percentile(server95, 95):0.0} ms; client p50 {Statistics.Percentile(client95, 50):0.0} ms, " +
            $"p95 {Statistics.Percentile(client95, 95):0.0} ms, max {client95[^1]:0.0} ms (target p95 < 300 ms)"));
    }

    /// <summary>
    /// The demo nurse's quality system: an API key made on her key page, reports sent as JSON by
    /// <see cref="BenchOptions.Reporters"/> clients: first as reporters who pause about a second between reports,
    /// then flat out, which shows the capacity (reports per second) and the queueing at saturation.
    /// </summary>
    private static async Task<List<LoadResult>> MeasureSubmitAsync(WebServer server, string provider, BenchOptions options, CancellationToken ct)
    {
        string token;
        using (var browser = server.CreateClient(maxConnections: 1, new CookieContainer()))
        {
            await SignIn.AsDemoAccountAsync(browser, DemoAccounts.VestfoldStaff, ct);
            token = await SignIn.CreateApiKeyAsync(browser, "Benk", ct);
        }
        using var api = server.CreateClient(maxConnections: BenchOptions.Reporters);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        const string path = $"/api/{DeviationFill.LargeCommunity}/avvik";
        var eventDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var json = $$"""
            {"receivingPartnerNumber":"983975259","eventDate":"{{eventDate}}","eventPartOfDay":"Evening","phase":"Discharge",
             "category":"C","subcategory":"C1","consequence":"Minor","patientGroup":"FrailElderly",
             "whatHappened":"Utskrevet til hjemmet uten epikrise. Hjemmetjenesten hadde ingen informasjon om endringer i behandlingen.",
             "immediateAction":"Ringte avdelingen og fikk muntlig informasjon.","localReference":"Internt avvik 4711"}
            """;
        Task<HttpResponseMessage> Submit(CancellationToken token) =>
            api.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), token);

        // All clients at once, twice: the database connection pool fills before anything is measured.
        for (var round = 0; round < 2; round++)
        {
            foreach (var response in await Task.WhenAll(Enumerable.Range(0, BenchOptions.Reporters).Select(_ => Submit(ct))))
            {
                using (response)
                {
                    if (response.StatusCode != HttpStatusCode.Created)
                    {
                        throw new BenchmarkException($"Warm-up: POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                    }
                }
            }
        }
        var results = new List<LoadResult>();
        foreach (var (pause, how) in new[] { (TimeSpan.FromSeconds(1), "pausing 0–2 s between reports"), (TimeSpan.Zero, "without pauses (saturation)") })
        {
            var result = await new LoadTest(Submit, HttpStatusCode.Created, options.LoadDuration, BenchOptions.MaxLoadRequests, pause)
                .RunAsync(BenchOptions.Reporters, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider}: submitting reports, POST {path} with an API key, {BenchOptions.Reporters} concurrent clients {how} for {result.Elapsed.TotalSeconds:0.#} s: " +
                $"server p50 {result.ServerP50:0.0} ms, p95 {result.ServerP95:0.0} ms; client p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms " +
                $"(target p95 < 100 ms), p99 {result.P99:0.0} ms, max {result.Max:0.0} ms; {result.RequestsPerSecond:0.0} reports/s, {result.Requests} requests, {result.Errors} errors"));
            results.Add(result);
        }
        return results;
    }
}
