using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Helsefellesskap.Bench;

/// <summary>
/// Issue 6's page target: requests/s of the public meeting page of a Vestfold meeting with agenda and published
/// minutes, anonymous with the output cache warm, against nginx serving the same page saved as a static file, both
/// loaded by wrk with the same settings in one run (target: the app at least half of nginx).
/// </summary>
internal static partial class PublicPageBench
{
    private const string Community = "vestfold";
    private const string WrkArguments = "-t2 -c64";

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var seconds = (int)options.LoadDuration.TotalSeconds;
        var failures = 0;
        double? nginx = null;
        foreach (var (postgres, provider) in Providers(options))
        {
            await using var server = WebServer.Start(options, postgres);
            await server.WaitUntilHealthyAsync(ct);
            using var client = server.CreateClient(maxConnections: 4);
            var path = await MeetingPathAsync(client, ct);
            var page = await WarmAsync(client, path, ct);
            if (nginx is null)
            {
                await using var staticServer = await StaticServer.StartAsync(path, page, ct);
                var staticRun = await WrkAsync(new Uri(staticServer.BaseAddress, path), seconds, ct);
                Console.WriteLine($"nginx, the same page ({page.Length:N0} bytes) as a static file: {staticRun}");
                failures += staticRun.Errors > 0 ? 1 : 0;
                nginx = staticRun.RequestsPerSecond;
            }
            var appRun = await WrkAsync(new Uri(server.BaseAddress, path), seconds, ct);
            Console.WriteLine($"app ({provider}, Release, anonymous, output cache warm) {path}: {appRun}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"app ({provider}) / nginx: {appRun.RequestsPerSecond / nginx.Value:0.00}x (target >= 0.5x)"));
            failures += appRun.Errors > 0 ? 1 : 0;
        }
        return failures == 0 ? 0 : 1;
    }

    private static IEnumerable<(string? Postgres, string Provider)> Providers(BenchOptions options)
    {
        yield return (null, "SQLite");
        if (options.Postgres is { } postgres)
        {
            yield return (postgres, "PostgreSQL");
        }
        else
        {
            Console.WriteLine($"PostgreSQL: skipped ({BenchOptions.PostgresVariable} is not set; bench/run.sh starts a server for it).");
        }
    }

    /// <summary>The newest meeting whose minutes the front page lists as published: it has an agenda and minutes.</summary>
    private static async Task<string> MeetingPathAsync(HttpClient client, CancellationToken ct)
    {
        var front = await client.GetStringAsync($"/{Community}", ct);
        return MinutesLink().Match(front) is { Success: true } match
            ? match.Groups[1].Value
            : throw new BenchmarkException($"The front page of {Community} lists no published minutes.");
    }

    /// <summary>Fetches the page until it comes from the output cache; returns its body.</summary>
    private static async Task<byte[]> WarmAsync(HttpClient client, string path, CancellationToken ct)
    {
        for (var n = 0; n < 20; n++)
        {
            using var response = await client.GetAsync(path, ct);
            response.EnsureSuccessStatusCode();
            if (response.Headers.Age is not null)
            {
                return await response.Content.ReadAsByteArrayAsync(ct);
            }
        }
        throw new BenchmarkException($"{path} was never served from the output cache.");
    }

    private static async Task<WrkResult> WrkAsync(Uri url, int seconds, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo("wrk", $"{WrkArguments} -d{seconds}s --latency {url}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo) ?? throw new BenchmarkException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0 || RequestsPerSecond().Match(output) is not { Success: true } rate)
        {
            throw new BenchmarkException($"wrk failed ({process.ExitCode}): {output}{await process.StandardError.ReadToEndAsync(ct)}");
        }
        var errors = NonSuccess().Match(output) is { Success: true } bad ? int.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        errors += SocketErrors().Match(output) is { Success: true } socket
            ? socket.Groups.Values.Skip(1).Sum(g => int.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        var p99 = Percentile99().Match(output) is { Success: true } latency ? latency.Groups[1].Value : "?";
        return new WrkResult(double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), p99, errors, seconds);
    }

    private sealed record WrkResult(double RequestsPerSecond, string P99, int Errors, int Seconds)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{RequestsPerSecond:N0} requests/s (wrk {WrkArguments} -d{Seconds}s), latency p99 {P99}, {Errors} errors");
    }

    [GeneratedRegex("href=\"(/vestfold/innsyn/moter/\\d+)#referat\"")]
    private static partial Regex MinutesLink();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"99%\s+(\S+)")]
    private static partial Regex Percentile99();

    /// <summary>nginx from Debian on a free loopback port, serving one file at the page's own path, with a config of its own.</summary>
    private sealed class StaticServer : IAsyncDisposable
    {
        private readonly Process process;
        private readonly DirectoryInfo root;

        private StaticServer(Process process, DirectoryInfo root, Uri baseAddress)
        {
            this.process = process;
            this.root = root;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<StaticServer> StartAsync(string path, byte[] page, CancellationToken ct)
        {
            if (!OperatingSystem.IsLinux())
            {
                throw new BenchmarkException("The public scenario runs Debian's nginx and wrk: Linux only.");
            }
            var root = Directory.CreateTempSubdirectory("helsefellesskap-nginx-");
            // nginx's workers may run as another user: they must be able to read the file.
            File.SetUnixFileMode(root.FullName, (UnixFileMode)0b111_101_101);
            var file = Path.Combine(root.FullName, "www", path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllBytesAsync(file, page, ct);
            for (var dir = new DirectoryInfo(Path.GetDirectoryName(file)!); dir.FullName != root.FullName; dir = dir.Parent!)
            {
                File.SetUnixFileMode(dir.FullName, (UnixFileMode)0b111_101_101);
            }
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
            var port = WebServer.FreeLoopbackPort();
            var config = Path.Combine(root.FullName, "nginx.conf");
            await File.WriteAllTextAsync(config, $$"""
                daemon off;
                worker_processes auto;
                pid {{root.FullName}}/nginx.pid;
                error_log {{root.FullName}}/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    default_type text/html;
                    client_body_temp_path {{root.FullName}}/client;
                    proxy_temp_path {{root.FullName}}/proxy;
                    fastcgi_temp_path {{root.FullName}}/fastcgi;
                    uwsgi_temp_path {{root.FullName}}/uwsgi;
                    scgi_temp_path {{root.FullName}}/scgi;
                    server {
                        listen 127.0.0.1:{{port}};
                        root {{root.FullName}}/www;
                        location / { try_files $uri =404; }
                    }
                }
                """, ct);
            var process = Process.Start(new ProcessStartInfo("nginx", $"-p {root.FullName} -c {config}") { UseShellExecute = false })
                ?? throw new BenchmarkException("nginx did not start.");
            var server = new StaticServer(process, root, new Uri($"http://127.0.0.1:{port}"));
            using var client = new HttpClient { BaseAddress = server.BaseAddress };
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using var response = await client.GetAsync(path, ct);
                    response.EnsureSuccessStatusCode();
                    return server;
                }
                catch (HttpRequestException) when (attempt < 100 && !process.HasExited)
                {
                    await Task.Delay(50, ct);
                }
                catch
                {
                    await server.DisposeAsync();
                    throw;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
            root.Delete(recursive: true);
        }
    }
}
