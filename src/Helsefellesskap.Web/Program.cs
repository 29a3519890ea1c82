using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHelsefellesskapDatabase(builder.Configuration);
builder.Services.AddHelsefellesskapWeb(builder.Configuration);
builder.Services.AddHelsefellesskapIdentity(builder.Configuration);
builder.Services.AddHelsefellesskapAuthorization();
builder.Services.AddDemoData(builder.Configuration);

var app = builder.Build();

if (app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStartup)
{
    await app.Services.MigrateDatabaseAsync();
}
await app.Services.SeedDemoDataIfEnabledAsync();

app.UseHelsefellesskapPipeline();
app.MapHelsefellesskapEndpoints();

await app.RunAsync();

/// <summary>Entry point; public so the integration tests can host the application.</summary>
public partial class Program;
