namespace Helsefellesskap.Bench;

/// <summary>Command line: <c>&lt;path to Helsefellesskap.Web.dll&gt; [--content-root DIR] [--seconds N]</c>.</summary>
internal sealed record BenchOptions(string WebDll, string ContentRoot, TimeSpan LoadDuration)
{
    public const int ColdStarts = 3;
    public const int Concurrency = 20;
    public const int WarmUpRequests = 200;
    public const int MaxLoadRequests = 200_000;
    public const int DocumentWarmUps = 3;
    public const int DocumentRuns = 20;
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static BenchOptions Parse(string[] args)
    {
        string? webDll = null;
        string? contentRoot = null;
        var seconds = 15;
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
                case var arg when arg.StartsWith("--", StringComparison.Ordinal):
                    throw new BenchmarkException($"Unknown option {arg}.");
                default:
                    webDll = args[i];
                    break;
            }
        }

        if (webDll is null || !File.Exists(webDll))
        {
            throw new BenchmarkException("Usage: Helsefellesskap.Bench <path to Helsefellesskap.Web.dll> [--content-root DIR] [--seconds N]");
        }
        webDll = Path.GetFullPath(webDll);
        // Without a content root the app runs from its output folder: pages work, static files may not.
        contentRoot = Path.GetFullPath(contentRoot ?? Path.GetDirectoryName(webDll)!);
        return new BenchOptions(webDll, contentRoot, TimeSpan.FromSeconds(seconds));
    }

    private static string Value(string[] args, int index) =>
        index < args.Length ? args[index] : throw new BenchmarkException($"{args[index - 1]} needs a value.");
}
