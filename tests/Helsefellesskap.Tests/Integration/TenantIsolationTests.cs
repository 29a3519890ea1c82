using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Tests.Integration.Calendar;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Meetings.Calendar;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// Every endpoint that takes a community, tried by a Vestfold administrator against Vestre Viken's data:
/// Vestre Viken's records are never found through Vestfold's address, and Vestre Viken's
/// non-public pages are closed to her.
/// </summary>
public abstract class TenantIsolationTests(AppFactory factory)
{
    /// <summary>Which record an <c>{id}</c> names, by the route's first segment after the community (or first two, in a section).</summary>
    private static readonly Dictionary<string, Func<AppFactory, Task<int>>> IdOwners = new()
    {
        ["organer"] = f => f.AnyIdAsync<Body>(DemoLookup.VestreViken),
        ["parter"] = f => f.AnyIdAsync<Partner>(DemoLookup.VestreViken),
        ["personer"] = f => f.AnyIdAsync<Person>(DemoLookup.VestreViken),
        ["medlemskap"] = f => f.AnyIdAsync<Membership>(DemoLookup.VestreViken),
        ["brukere"] = f => f.AnyIdAsync<CommunityAccess>(DemoLookup.VestreViken),
        ["kalender"] = f => f.AnyIdAsync<Body>(DemoLookup.VestreViken),
        ["saker"] = f => f.AgendaItemIdAsync(DemoLookup.VestreViken),
        ["vedlegg"] = f => f.CreateAttachmentAsync(DemoLookup.VestreViken),
        ["moter"] = f => f.MeetingIdAsync(DemoLookup.VestreViken),
        ["saksganger"] = f => f.MatterIdAsync(DemoLookup.VestreViken),
        ["moteplaner"] = f => f.MeetingPlanIdAsync(DemoLookup.VestreViken),
        ["oppfolging"] = f => FollowUpData.AnyTaskIdAsync(f, DemoLookup.VestreViken),
        ["enheter"] = f => f.UnitIdAsync(DemoLookup.VestreViken),
        ["avvikskategorier"] = f => f.DeviationCategoryIdAsync(DemoLookup.VestreViken),
        ["avvikstilganger"] = f => f.DeviationRoleIdAsync(DemoLookup.VestreViken),
        ["avvik"] = f => DeviationData.CreateReportAsync(f, DemoLookup.VestreViken),
        ["avtaler"] = f => AgreementData.AnyAgreementIdAsync(f, DemoLookup.VestreViken),
        ["avtaler/versjoner"] = f => AgreementData.AnyVersionIdAsync(f, DemoLookup.VestreViken),
        ["innsyn/moter"] = f => f.MeetingIdAsync(DemoLookup.VestreViken),
        ["innsyn/vedlegg"] = f => f.CreateAttachmentAsync(DemoLookup.VestreViken),
        // OParl (/oparl/v1/{community}/…): a consultation has its agenda item's id, a location its meeting's.
        ["organization"] = f => f.AnyIdAsync<Body>(DemoLookup.VestreViken),
        ["partner"] = f => f.AnyIdAsync<Partner>(DemoLookup.VestreViken),
        ["person"] = f => f.AnyIdAsync<Person>(DemoLookup.VestreViken),
        ["membership"] = f => f.AnyIdAsync<Membership>(DemoLookup.VestreViken),
        ["meeting"] = f => f.MeetingIdAsync(DemoLookup.VestreViken),
        ["location"] = f => f.MeetingIdAsync(DemoLookup.VestreViken),
        ["agendaitem"] = f => f.AgendaItemIdAsync(DemoLookup.VestreViken),
        ["consultation"] = f => f.AgendaItemIdAsync(DemoLookup.VestreViken),
        ["paper"] = f => f.MatterIdAsync(DemoLookup.VestreViken),
        ["file"] = f => f.CreateAttachmentAsync(DemoLookup.VestreViken),
    };

    /// <summary>Which record a secret <c>{token}</c> in the URL names, by the route's first segment after the community.</summary>
    private static readonly Dictionary<string, Func<AppFactory, Task<string>>> TokenOwners = new()
    {
        ["svar"] = async f => (await CalendarScenario.CreateAsync(f, slug: DemoLookup.VestreViken)).Participants[0].ResponseToken,
        ["kalender"] = async f =>
        {
            await using var scope = await CalendarScenario.TenantScopeAsync(f.Services, DemoLookup.VestreViken);
            return scope.ServiceProvider.GetRequiredService<PersonalCalendarLinks>().TokenFor(await f.AnyIdAsync<Person>(DemoLookup.VestreViken));
        },
    };

    /// <summary>Lists that need a query string to list anything: a search answers 400 without words.</summary>
    private static readonly Dictionary<string, string> ListQueries = new()
    {
        ["/api/{community}/sok"] = "?q=B%C3%A6rum",
        ["/{community}/sok"] = "?q=B%C3%A6rum",
    };

    /// <summary>Names that exist only in Vestre Viken's demo data.</summary>
    private static readonly string[] VestreVikenMarkers = ["Vestre Viken HF", "Bærum kommune", "Lokalt samarbeidsutvalg Bærum"];

    private IReadOnlyList<RouteEndpoint> CommunityEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "community"))
            .ToList();

    [Fact]
    public void There_are_community_endpoints_to_check() => Assert.True(CommunityEndpoints().Count >= 20);

    [Fact]
    public async Task Another_communitys_records_are_not_found_through_this_communitys_address()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var token = TestClient.AntiforgeryToken(await client.GetHtmlAsync($"/{DemoLookup.Vestfold}/personer/rediger"));
        foreach (var endpoint in CommunityEndpoints().Where(e => e.RoutePattern.Parameters.Any(p => p.Name is "id" or "token")))
        {
            var url = await UrlAsync(endpoint, DemoLookup.Vestfold);
            var get = await SendAsync(client, endpoint, url);
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"{MethodOf(endpoint)} {url} gave {(int)get.StatusCode}");
            foreach (var handler in PostHandlers(endpoint))
            {
                var postUrl = handler is null ? url : $"{url}?handler={handler}";
                var post = await client.PostWithTokenAsync(postUrl, new() { ["Input.Name"] = "Overtatt", ["Input.Version"] = "0" }, token);
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {postUrl} gave {(int)post.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Lists_of_this_community_show_nothing_of_another()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        foreach (var endpoint in CommunityEndpoints().Where(e => MethodOf(e) == HttpMethods.Get && !e.RoutePattern.Parameters.Any(p => p.Name is "id" or "token" && !p.IsOptional)))
        {
            var url = await UrlAsync(endpoint, DemoLookup.Vestfold, fillOptionalId: false)
                + ListQueries.GetValueOrDefault("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), "");
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            foreach (var marker in VestreVikenMarkers)
            {
                Assert.False(body.Contains(marker, StringComparison.Ordinal), $"GET {url} shows «{marker}» from another community");
            }
        }
    }

    [Fact]
    public async Task Another_communitys_closed_pages_are_forbidden()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        foreach (var endpoint in CommunityEndpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var url = await UrlAsync(endpoint, DemoLookup.VestreViken);
            var response = await SendAsync(client, endpoint, url);
            var denied = response.StatusCode == HttpStatusCode.Forbidden
                || TestClient.LocationPath(response).StartsWith("/konto/ingen-tilgang", StringComparison.Ordinal);
            Assert.True(denied, $"{MethodOf(endpoint)} {url} as another community's administrator gave {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task Anonymous_visitors_see_public_pages_but_not_people()
    {
        var client = TestClient.Anonymous(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{DemoLookup.Vestfold}/organer")).StatusCode);
        var people = await client.GetAsync($"/{DemoLookup.Vestfold}/personer");
        Assert.Equal(HttpStatusCode.Redirect, people.StatusCode);
        Assert.Contains("/konto/logg-inn", people.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/{DemoLookup.Vestfold}/personer")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_community_is_not_found()
    {
        var client = TestClient.Anonymous(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/finnes-ikke/organer")).StatusCode);
    }

    private async Task<string> UrlAsync(RouteEndpoint endpoint, string community, bool fillOptionalId = true)
    {
        var url = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        url = url.Replace("{community}", community, StringComparison.Ordinal);
        var segments = endpoint.RoutePattern.RawText!.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(s => s != "{community}").Skip(1).ToList();
        // A section of pages (the public site's "innsyn") names its records by the segment after its own.
        var segment = segments.Count > 1 && IdOwners.ContainsKey($"{segments[0]}/{segments[1]}") ? $"{segments[0]}/{segments[1]}" : segments.FirstOrDefault() ?? "";
        if (endpoint.RoutePattern.Parameters.Any(p => p.Name == "token"))
        {
            Assert.True(TokenOwners.ContainsKey(segment), $"No test data for tokens of «{segment}» ({endpoint.RoutePattern.RawText}): add it to {nameof(TokenOwners)}.");
            url = url.Replace("{token}", await TokenOwners[segment](factory), StringComparison.Ordinal);
        }
        url = url.Replace("{fileName}", "vedlegg.pdf", StringComparison.Ordinal);
        // An OParl legislative term is a period every community shares, named by its first year.
        url = url.Replace("{year}", "2023", StringComparison.Ordinal);
        url = url.Replace("{number:int}", "1", StringComparison.Ordinal);
        // The agreement a version's form is under: another community's when records are tried, this one's when a new record's form is opened.
        if (url.Contains("{agreementId:int}", StringComparison.Ordinal))
        {
            var agreementId = await AgreementData.AnyAgreementIdAsync(factory, fillOptionalId ? DemoLookup.VestreViken : community);
            url = url.Replace("{agreementId:int}", agreementId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        var id = endpoint.RoutePattern.Parameters.FirstOrDefault(p => p.Name == "id");
        if (id is not null)
        {
            Assert.True(IdOwners.ContainsKey(segment), $"No test data for ids of «{segment}» ({endpoint.RoutePattern.RawText}): add it to {nameof(IdOwners)}.");
            var value = fillOptionalId || !id.IsOptional ? (await IdOwners[segment](factory)).ToString() : "";
            url = Regex.Replace(url, @"\{id[^}]*\}", value).TrimEnd('/');
        }
        Assert.DoesNotContain("{", url);
        return url;
    }

    /// <summary>GET for pages and readers; an API endpoint that only takes POST is posted an empty JSON object.</summary>
    private static string MethodOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods && !methods.Contains(HttpMethods.Get)
            ? methods[0]
            : HttpMethods.Get;

    private static Task<HttpResponseMessage> SendAsync(TestClient client, RouteEndpoint endpoint, string url) =>
        MethodOf(endpoint) == HttpMethods.Get
            ? client.GetAsync(url)
            : client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(MethodOf(endpoint)), url) { Content = JsonContent.Create(new { }) });

    /// <summary>The page's POST handlers (null for the unnamed one); none for API endpoints.</summary>
    private static IEnumerable<string?> PostHandlers(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.HandlerMethods
            .Where(h => h.HttpMethod == "Post")
            .Select(h => h.Name) ?? [];
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTenantIsolationTests(SqliteAppFactory factory) : TenantIsolationTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTenantIsolationTests(PostgresAppFactory factory) : TenantIsolationTests(factory);
