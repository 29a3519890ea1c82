using System.Text.Json;

namespace Helsefellesskap.Bench;

internal static class OrganisationApi
{
    /// <summary>The id of a community's body, looked up by short name in <c>GET /api/{community}/organer</c>.</summary>
    public static async Task<string> FindBodyIdAsync(HttpClient client, string community, string shortName, CancellationToken ct)
    {
        var path = $"/api/{community}/organer";
        using var response = await client.GetAsync(path, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkException($"GET {path} answered {(int)response.StatusCode} {response.StatusCode}.");
        }
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        foreach (var body in json.RootElement.EnumerateArray())
        {
            if (body.TryGetProperty("shortName", out var name) && name.ValueKind == JsonValueKind.String
                && name.GetString() == shortName && body.TryGetProperty("id", out var id))
            {
                return id.ToString();
            }
        }
        throw new BenchmarkException($"GET {path} lists no body with shortName {shortName}.");
    }
}
