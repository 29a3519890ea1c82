using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Helsefellesskap.Web.Features.Demo;

namespace Helsefellesskap.Bench;

/// <summary>Signs a demo account in through the login forms, as a browser does; the cookies land in the client's container.</summary>
internal static partial class SignIn
{
    public static async Task AsDemoAccountAsync(HttpClient client, string email, CancellationToken ct)
    {
        var response = await PostFormAsync(client, "/konto/logg-inn", [new("Input.Email", email), new("Input.Password", DemoAccounts.Password)], ct);
        if (response.Headers.Location?.OriginalString is { } location && location.StartsWith("/konto/tofaktor", StringComparison.Ordinal))
        {
            response = await PostFormAsync(client, location, [new("Input.Code", TotpCode(DemoAccounts.AuthenticatorKey))], ct);
        }
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchmarkException($"Signing in as {email} answered {(int)response.StatusCode} {response.StatusCode}.");
        }
    }

    /// <summary>Makes an API key on the key page of the signed-in account and returns its token, shown that once.</summary>
    public static async Task<string> CreateApiKeyAsync(HttpClient client, string name, CancellationToken ct)
    {
        var response = await PostFormAsync(client, "/konto/api-nokler?handler=Create", [new("Input.Name", name)], ct, formPage: "/konto/api-nokler");
        var html = await response.Content.ReadAsStringAsync(ct);
        return NewApiKey().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new BenchmarkException($"The API key page answered {(int)response.StatusCode} without a new key.");
    }

    /// <summary>Opens the form page for its anti-forgery token, then posts the fields.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string url, KeyValuePair<string, string>[] fields, CancellationToken ct, string? formPage = null)
    {
        var html = await client.GetStringAsync(formPage ?? url, ct);
        var token = AntiforgeryToken().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new BenchmarkException($"GET {formPage ?? url} has no anti-forgery token.");
        return await client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]), ct);
    }

    /// <summary>The RFC 6238 code an authenticator app shows now for the base32 secret.</summary>
    private static string TotpCode(string base32Secret)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var secret = new List<byte>();
        var (bits, value) = (0, 0);
        foreach (var c in base32Secret.TrimEnd('='))
        {
            value = (value << 5) | alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                secret.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }
        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
        var hash = HMACSHA1.HashData(secret.ToArray(), counter);
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (code % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("id=\"new-api-key\">(hf_[A-Za-z0-9_-]+)<")]
    private static partial Regex NewApiKey();
}
