using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Helsefellesskap.Bench;

/// <summary>The app's own database context and blob store on the running server's settings, to write bench data straight in.</summary>
internal static class BenchHost
{
    public static IHost Build(WebServer server, string contentRoot)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(server.Settings);
        builder.Services
            .AddHelsefellesskapDatabase(builder.Configuration)
            .AddHelsefellesskapFiles(builder.Configuration)
            .AddHttpContextAccessor()
            .AddScoped<TenantContext>()
            .AddScoped<ICurrentActor, HttpContextActor>()
            .AddSingleton(TimeProvider.System);
        return builder.Build();
    }
}
