using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>
/// Every log line the application writes, at every level, with its exception: for tests that some text never
/// reaches the logs. Attach with <see cref="LogCaptureExtensions.WithLogCapture"/>.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {state} {exception}");
    }
}

public static class LogCaptureExtensions
{
    /// <summary>A copy of the application (same database) whose logs, from Trace up, also go to <paramref name="capture"/>.</summary>
    public static WebApplicationFactory<Program> WithLogCapture(this AppFactory factory, LogCapture capture) =>
        factory.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging
            .AddProvider(capture)
            .AddFilter<LogCapture>(null, LogLevel.Trace)));
}
