using System.Net;
using Helsefellesskap.Bench;
using Helsefellesskap.Web.Features.Demo;
using PdfSharp.Pdf.IO;

using var cancel = new CancellationTokenSource();
// Ctrl+C cancels rather than ending the process outright, so the server is still killed and its temp dir removed.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    var options = BenchOptions.Parse(args);
    if (options.Scenario == BenchScenario.Deviations)
    {
        return await DeviationBench.RunAsync(options, cancel.Token);
    }
    if (options.Scenario == BenchScenario.Feeds)
    {
        return await FeedsBench.RunAsync(options, cancel.Token);
    }
    if (options.Scenario == BenchScenario.Public)
    {
        return await PublicPageBench.RunAsync(options, cancel.Token);
    }
    if (options.Scenario == BenchScenario.Search)
    {
        return await SearchBench.RunAsync(options, cancel.Token);
    }
    await using var server = await MeasureColdStartsAsync(options, cancel.Token);
    var results = new List<LoadResult> { await MeasureBodyPageAsync(server, options, cancel.Token) };
    results.Add(await MeasureMeetingAsync(server, options, cancel.Token));
    var errorKinds = results.SelectMany(result => result.ErrorKinds).ToList();
    if (errorKinds.Count > 0)
    {
        Console.Error.WriteLine("errors: " + string.Join(", ", errorKinds.Select(kind => $"{kind.Key} x {kind.Value}")));
        Console.Error.WriteLine($"web app output (last lines):{Environment.NewLine}{server.RecentOutput}");
        return 1;
    }
    return 0;
}
catch (BenchmarkException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}

// Starts the app on a fresh database several times; the last server is left running for the load test.
static async Task<WebServer> MeasureColdStartsAsync(BenchOptions options, CancellationToken ct)
{
    var times = new List<double>();
    for (var run = 1; ; run++)
    {
        var server = WebServer.Start(options);
        try
        {
            var time = await server.WaitUntilHealthyAsync(ct);
            times.Add(time.TotalMilliseconds);
            Console.WriteLine($"cold start to first 200 on /health (SQLite, fresh database, migrations + demo data): {time.TotalMilliseconds:0} ms (run {run} of {BenchOptions.ColdStarts})");
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        if (run == BenchOptions.ColdStarts)
        {
            Console.WriteLine($"cold start median of {BenchOptions.ColdStarts} runs: {Statistics.Median(times):0} ms");
            return server;
        }
        await server.DisposeAsync();
    }
}

static async Task<LoadResult> MeasureBodyPageAsync(WebServer server, BenchOptions options, CancellationToken ct)
{
    using var client = server.CreateClient(maxConnections: BenchOptions.Concurrency);
    var id = await OrganisationApi.FindBodyIdAsync(client, "vestfold", "SSU", ct);
    var path = $"/vestfold/organer/{id}";

    return await MeasurePageAsync(client, path, "SSU body page", target: "", options, ct);
}

static async Task<LoadResult> MeasurePageAsync(HttpClient client, string path, string label, string target, BenchOptions options, CancellationToken ct)
{
    await LoadTest.WarmUpAsync(client, path, BenchOptions.WarmUpRequests, ct);
    var result = await LoadTest.Get(client, path, options.LoadDuration, BenchOptions.MaxLoadRequests)
        .RunAsync(BenchOptions.Concurrency, ct);

    Console.WriteLine(
        $"{label} {path} at {BenchOptions.Concurrency} concurrent clients for {result.Elapsed.TotalSeconds:0.#} s: " +
        $"server time p50 {result.ServerP50:0.0} ms, p95 {result.ServerP95:0.0} ms{target}; " +
        $"client latency p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, p99 {result.P99:0.0} ms, max {result.Max:0.0} ms, " +
        $"{result.RequestsPerSecond:0.0} requests/s, {result.Requests} requests, {result.Errors} errors");
    return result;
}

// Issue 4's targets, on a meeting of 15 items with 30 two-page PDF attachments, signed in as the secretariat.
static async Task<LoadResult> MeasureMeetingAsync(WebServer server, BenchOptions options, CancellationToken ct)
{
    var id = await BenchMeeting.CreateAsync(server, options.ContentRoot, ct);
    using var client = server.CreateClient(maxConnections: BenchOptions.Concurrency, new CookieContainer());
    await SignIn.AsDemoAccountAsync(client, DemoAccounts.VestfoldAdministrator, ct);
    var meeting = $"/{BenchMeeting.Community}/moter/{id}";
    var description = $"{BenchMeeting.Items} items, {BenchMeeting.Items * BenchMeeting.AttachmentsPerItem} PDF attachments";
    var result = await MeasurePageAsync(client, meeting, $"meeting page ({description}, secretariat, SQLite)", " (target < 50 ms)", options, ct);

    var (notice, _) = await DocumentTiming.RunAsync(client, $"{meeting}/innkalling.pdf", BenchOptions.DocumentWarmUps, BenchOptions.DocumentRuns, ct);
    Console.WriteLine(
        $"notice PDF {meeting}/innkalling.pdf over {BenchOptions.DocumentRuns} runs: " +
        $"median {Statistics.Median(notice):0} ms, max {notice.Max():0} ms (target < 1000 ms)");

    var (book, pdf) = await DocumentTiming.RunAsync(client, $"{meeting}/motebok.pdf", BenchOptions.DocumentWarmUps, BenchOptions.DocumentRuns, ct);
    using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
    Console.WriteLine(
        $"meeting book {meeting}/motebok.pdf ({description}, {document.PageCount} pages) over {BenchOptions.DocumentRuns} runs: " +
        $"median {Statistics.Median(book):0} ms, max {book.Max():0} ms (target < 3000 ms)");
    return result;
}
