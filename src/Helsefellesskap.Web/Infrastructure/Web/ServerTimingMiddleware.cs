using System.Diagnostics;
using System.Globalization;

namespace Helsefellesskap.Web.Infrastructure.Web;

/// <summary>
/// Writes how long the server took for a request (until its response started) as a <c>Server-Timing</c>
/// header, so that load tests can tell server time from time spent queueing. Off unless
/// <c>Diagnostics:ServerTiming</c> is true: timings are not for the public.
/// </summary>
public sealed class ServerTimingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={milliseconds:0.0}");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
