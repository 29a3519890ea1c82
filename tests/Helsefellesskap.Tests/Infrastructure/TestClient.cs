using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Helsefellesskap.Web.Features.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>A browser-like HTTP client: keeps cookies, reads anti-forgery tokens, signs in with password and code.</summary>
public sealed partial class TestClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static TestClient Anonymous(AppFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<TestClient> SignedInAsync(AppFactory factory, string email)
    {
        var client = Anonymous(factory);
        await client.SignInAsync(email);
        return client;
    }

    public async Task SignInAsync(string email, string password = DemoAccounts.Password)
    {
        var response = await PostFormAsync("/konto/logg-inn", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.Headers.Location?.OriginalString.StartsWith("/konto/tofaktor", StringComparison.Ordinal) == true)
        {
            response = await PostFormAsync(response.Headers.Location.OriginalString, new() { ["Input.Code"] = Totp.Code(DemoAccounts.AuthenticatorKey) });
        }
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>Where a redirect points, as a path (the server writes some locations as absolute URLs).</summary>
    public static string LocationPath(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => "",
        { IsAbsoluteUri: true } location => location.PathAndQuery,
        var location => location.OriginalString,
    };

    public async Task<string> GetHtmlAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens the form page (for its anti-forgery token) and posts the fields to <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await Http.GetAsync(formPage ?? url);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        return await PostWithTokenAsync(url, fields, token);
    }

    public Task<HttpResponseMessage> PostWithTokenAsync(string url, Dictionary<string, string> fields, string? token)
    {
        var all = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            all["__RequestVerificationToken"] = token;
        }
        return Http.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>
    /// Opens the form page (for its anti-forgery token) and posts the fields and a file as
    /// <c>multipart/form-data</c>, as a browser does for a form with a file input.
    /// </summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string url, Dictionary<string, string> fields, FilePart file, string? formPage = null)
    {
        var page = await Http.GetAsync(formPage ?? url);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }
        var filePart = new ByteArrayContent(file.Content);
        filePart.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        content.Add(filePart, file.FieldName, file.FileName);
        return await Http.PostAsync(url, content);
    }

    public static string? AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>The value attribute of the input named <paramref name="name"/>.</summary>
    public static string? InputValue(string html, string name) =>
        Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"") is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : null;

    /// <summary>The text of the textarea named <paramref name="name"/>.</summary>
    public static string? TextAreaValue(string html, string name) =>
        Regex.Match(html, $"<textarea[^>]*name=\"{Regex.Escape(name)}\"[^>]*>\\s*([^<]*)</textarea>") is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : null;

    /// <summary>The table row that contains <paramref name="text"/>.</summary>
    public static string RowOf(string html, string text)
    {
        var row = Regex.Match(html, $"<tr[^>]*>(?:(?!</tr>).)*?{Regex.Escape(text)}(?:(?!</tr>).)*</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No table row contains «{text}»");
        return row.Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>A file to send with <see cref="TestClient.PostMultipartAsync"/>; the content type is what the browser claims.</summary>
public sealed record FilePart(string FieldName, string FileName, byte[] Content, string ContentType = "application/octet-stream");
