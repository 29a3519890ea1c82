using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Helsefellesskap.Bench;

/// <summary>
/// The built web app as a child process on a free loopback port, with a fresh database of its own: SQLite in a
/// temporary folder, or a new database on the PostgreSQL server given.
/// </summary>
internal sealed class WebServer : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly DirectoryInfo tempDir;
    private readonly Stopwatch sinceStart;
    private readonly OutputTail output;

    private WebServer(Process process, DirectoryInfo tempDir, Stopwatch sinceStart, OutputTail output, Uri baseAddress, IReadOnlyDictionary<string, string?> settings)
    {
        Settings = settings;
        this.process = process;
        this.tempDir = tempDir;
        this.sinceStart = sinceStart;
        this.output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The app's configuration as given to it (keys like <c>Database:Provider</c>): its database and blob store.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public string RecentOutput => output.ToString();

    public static WebServer Start(BenchOptions options, string? postgres = null)
    {
        var tempDir = Directory.CreateTempSubdirectory("helsefellesskap-bench-");
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            // A scratch working directory keeps anything the app writes relative to it out of the repository.
            WorkingDirectory = tempDir.FullName,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(options.WebDll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["ASPNETCORE_CONTENTROOT"] = options.ContentRoot;
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgres is null ? "Sqlite" : "Postgres",
            ["Database:ConnectionString"] = postgres is null
                ? $"Data Source={Path.Combine(tempDir.FullName, "bench.db")}"
                : $"{postgres};Database=hf_bench_{Guid.NewGuid():N}",
            ["Files:Root"] = Path.Combine(tempDir.FullName, "files"),
            ["Email:PickupFolder"] = Path.Combine(tempDir.FullName, "mail"),
            ["Demo:Enabled"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Diagnostics:ServerTiming"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var output = new OutputTail(capacity: 60);
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);

        var sinceStart = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            tempDir.Delete(recursive: true);
            throw;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WebServer(process, tempDir, sinceStart, output, baseAddress, settings);
    }

    /// <summary>Polls <c>/health</c> until it answers 200; returns the time from process start to that answer.</summary>
    public async Task<TimeSpan> WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var client = CreateClient(maxConnections: 1);
        while (true)
        {
            if (process.HasExited)
            {
                // Waiting for the exit also drains the redirected output, so the tail is complete.
                await process.WaitForExitAsync(ct);
                throw new BenchmarkException(
                    $"The web app exited with code {process.ExitCode} before answering 200 on /health. Last output:{Environment.NewLine}{RecentOutput}");
            }
            var remaining = BenchOptions.StartTimeout - sinceStart.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw new BenchmarkException(
                    $"The web app did not answer 200 on /health within {BenchOptions.StartTimeout.TotalSeconds} s. Last output:{Environment.NewLine}{RecentOutput}");
            }

            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
            attempt.CancelAfter(remaining);
            try
            {
                using var response = await client.GetAsync("/health", attempt.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return sinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel only listens once migrations and demo data are done: refused connections are expected.
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // The start deadline passed mid-request; the next round reports it.
            }
            await Task.Delay(PollInterval, ct);
        }
    }

    /// <summary>A client for this server only: no proxy, no redirects followed, cookies only in the given container.</summary>
    public HttpClient CreateClient(int maxConnections, CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            MaxConnectionsPerServer = maxConnections,
        })
        {
            BaseAddress = BaseAddress,
        };

    public async ValueTask DisposeAsync()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"warning: web app (pid {process.Id}) did not exit within {ExitTimeout.TotalSeconds} s of being killed");
        }
        process.Dispose();

        try
        {
            tempDir.Delete(recursive: true);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"warning: could not delete {tempDir.FullName}: {e.Message}");
        }
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
