using System.Globalization;

namespace Helsefellesskap.Bench;

public enum BenchScenario
{
    /// <summary>Cold start, the SSU body page, and issue 4's meeting page and documents.</summary>
    Meetings,

    /// <summary>Issue 5: a million deviation reports; the statistics dashboard and submitting reports, on SQLite and PostgreSQL.</summary>
    Deviations,

    /// <summary>Issue 6's feeds: the Atom feed (cached and built) and a community's sitemap.</summary>
    Feeds,

    /// <summary>Issue 6: the public meeting page (anonymous, output cache warm) against nginx serving it as a static file, with wrk.</summary>
    Public,

    /// <summary>Issue 6: search over 100,000 documents, on SQLite and PostgreSQL.</summary>
    Search,
}

/// <summary>
/// Command line: <c>&lt;path to Helsefellesskap.Web.dll&gt; [--content-root DIR] [--seconds N] [--scenario meetings|deviations|feeds|public|search]
/// [--reports N] [--large-share F] [--dashboard PATH] [--documents N]</c>. PostgreSQL, for the deviations, public and search scenarios, is named by
/// <c>HF_BENCH_POSTGRES</c> (a connection string without a database; <c>bench/run.sh</c> starts a throw-away server).
/// </summary>
internal sealed record BenchOptions(
    string WebDll, string ContentRoot, TimeSpan LoadDuration, BenchScenario Scenario,
    int Reports, double LargeShare, string DashboardPath, int SearchDocuments, string? Postgres)
{
    public const string PostgresVariable = "HF_BENCH_POSTGRES";
    public const int ColdStarts = 3;
    public const int Concurrency = 20;
    public const int WarmUpRequests = 200;
    public const int MaxLoadRequests = 200_000;
    public const int DocumentWarmUps = 3;
    public const int DocumentRuns = 20;
    public const int DashboardWarmUps = 5;
    public const int DashboardRuns = 50;
    public const int Reporters = 50;

    /// <summary>Generous: on PostgreSQL the first start migrates and seeds the demo on a busy machine.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    public static BenchOptions Parse(string[] args)
    {
        string? webDll = null;
        string? contentRoot = null;
        var seconds = 15;
        var scenario = BenchScenario.Meetings;
        var reports = 1_000_000;
        var largeShare = 0.4;
        var dashboard = "/{community}/avvik/statistikk?ar={year}";
        var documents = 100_000;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds":
                    if (!int.TryParse(Value(args, ++i), out seconds) || seconds <= 0)
                    {
                        throw new BenchmarkException("--seconds needs a positive whole number.");
                    }
                    break;
                case "--content-root":
                    contentRoot = Value(args, ++i);
                    break;
                case "--scenario":
                    if (!Enum.TryParse(Value(args, ++i), ignoreCase: true, out scenario))
                    {
                        throw new BenchmarkException("--scenario is meetings, deviations, feeds, public or search.");
                    }
                    break;
                case "--reports":
                    if (!int.TryParse(Value(args, ++i), out reports) || reports <= 0)
                    {
                        throw new BenchmarkException("--reports needs a positive whole number.");
                    }
                    break;
                case "--large-share":
                    if (!double.TryParse(Value(args, ++i), NumberStyles.Float, CultureInfo.InvariantCulture, out largeShare) || largeShare is <= 0 or >= 1)
                    {
                        throw new BenchmarkException("--large-share needs a fraction between 0 and 1, e.g. 0.4.");
                    }
                    break;
                case "--dashboard":
                    dashboard = Value(args, ++i);
                    break;
                case "--documents":
                    if (!int.TryParse(Value(args, ++i), out documents) || documents <= 0)
                    {
                        throw new BenchmarkException("--documents needs a positive whole number.");
                    }
                    break;
                case var arg when arg.StartsWith("--", StringComparison.Ordinal):
                    throw new BenchmarkException($"Unknown option {arg}.");
                default:
                    webDll = args[i];
                    break;
            }
        }

        if (webDll is null || !File.Exists(webDll))
        {
            throw new BenchmarkException(
                "Usage: Helsefellesskap.Bench <path to Helsefellesskap.Web.dll> [--content-root DIR] [--seconds N] " +
                "[--scenario meetings|deviations|feeds|public|search] [--reports N] [--large-share F] [--dashboard PATH] [--documents N]");
        }
        webDll = Path.GetFullPath(webDll);
        // Without a content root the app runs from its output folder: pages work, static files may not.
        contentRoot = Path.GetFullPath(contentRoot ?? Path.GetDirectoryName(webDll)!);
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;
        return new BenchOptions(webDll, contentRoot, TimeSpan.FromSeconds(seconds), scenario, reports, largeShare, dashboard, documents, postgres);
    }

    private static string Value(string[] args, int index) =>
        index < args.Length ? args[index] : throw new BenchmarkException($"{args[index - 1]} needs a value.");
}
