using System.Net;
using System.Text.Json;
using Helsefellesskap.Tests.Infrastructure;

namespace Helsefellesskap.Tests.Integration;

public abstract class OperationsTests(AppFactory factory)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    public async Task Health_endpoints_answer(string url)
    {
        var response = await TestClient.Anonymous(factory).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var json = await TestClient.Anonymous(factory).GetHtmlAsync("/api/openapi/v1.json");
        using var document = JsonDocument.Parse(json);
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/{community}/organer", out _));
        Assert.True(paths.TryGetProperty("/api/{community}/personer", out _));
    }

    [Fact]
    public async Task The_api_lists_the_bodies_of_one_community()
    {
        var json = await TestClient.Anonymous(factory).GetHtmlAsync($"/api/{DemoLookup.Vestfold}/organer");
        using var document = JsonDocument.Parse(json);
        var shortNames = document.RootElement.EnumerateArray().Select(b => b.GetProperty("shortName").GetString()).ToList();
        Assert.Contains("SSU", shortNames);
        Assert.Contains("PM", shortNames);
        Assert.DoesNotContain(document.RootElement.EnumerateArray(), b => b.GetProperty("name").GetString()!.StartsWith("Lokalt samarbeidsutvalg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_are_served_with_security_headers()
    {
        var response = await TestClient.Anonymous(factory).GetAsync($"/{DemoLookup.Vestfold}");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOperationsTests(SqliteAppFactory factory) : OperationsTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOperationsTests(PostgresAppFactory factory) : OperationsTests(factory);
