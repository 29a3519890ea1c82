using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>Units per partner: who may maintain them, the tree's rules, closing instead of deleting, and a person's work unit.</summary>
public abstract class UnitTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private static readonly DateOnly Today = OsloTime.Today(TimeProvider.System);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<Partner> TonsbergAsync() => factory.MunicipalityAsync(Vestfold, "3905");

    [Fact]
    public async Task The_secretariat_builds_a_unit_tree_that_the_list_shows_nested()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await TonsbergAsync();
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var response = await PostUnitAsync(client, null, tonsberg.Id, null, $"Rehabilitering {data.Suffix}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{Vestfold}/enheter?partner={tonsberg.Id}", TestClient.LocationPath(response));
        var parent = await UnitAsync($"Rehabilitering {data.Suffix}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostUnitAsync(client, null, tonsberg.Id, parent.Id, $"Hverdagsrehabilitering {data.Suffix}")).StatusCode);
        var child = await UnitAsync($"Hverdagsrehabilitering {data.Suffix}");

        Assert.Equal(tonsberg.Id, parent.PartnerId);
        Assert.Null(parent.ParentId);
        Assert.Equal(parent.Id, child.ParentId);
        var html = await client.GetHtmlAsync($"/{Vestfold}/enheter?partner={tonsberg.Id}");
        Assert.Matches(new Regex($"<h2[^>]*>{Regex.Escape(tonsberg.Name)}</h2>"), html);
        Assert.Matches(new Regex($"Rehabilitering {data.Suffix}(?:(?!</li>).)*<ul class=\"body-tree\">\\s*<li>\\s*Hverdagsrehabilitering {data.Suffix}", RegexOptions.Singleline), html);
        Assert.Contains($"/{Vestfold}/enheter/rediger/{child.Id}", html);
        Assert.DoesNotContain("Medisinsk klinikk", html);
    }

    [Fact]
    public async Task A_quality_contact_maintains_her_own_partners_units_and_no_others()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await TonsbergAsync();
        var hospital = await factory.HospitalTrustAsync(Vestfold);
        var hospitalUnit = await UnitAsync("Hjerteavdelingen");
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMunicipalQuality);

        var form = await client.GetHtmlAsync($"/{Vestfold}/enheter/rediger");
        Assert.Matches($"<option selected=\"selected\" value=\"{tonsberg.Id}\">", form);
        Assert.DoesNotContain(hospital.Name, form);
        var created = await PostUnitAsync(client, null, tonsberg.Id, null, $"Dagsenter {data.Suffix}");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(tonsberg.Id, (await UnitAsync($"Dagsenter {data.Suffix}")).PartnerId);

        AssertDenied(await PostUnitAsync(client, null, hospital.Id, null, $"Sykehusenhet {data.Suffix}", formPage: $"/{Vestfold}/enheter/rediger"));
        AssertDenied(await client.GetAsync($"/{Vestfold}/enheter/rediger/{hospitalUnit.Id}"));
        AssertDenied(await PostUnitAsync(client, hospitalUnit.Id, hospital.Id, hospitalUnit.ParentId, $"Omdøpt {data.Suffix}", formPage: $"/{Vestfold}/enheter/rediger"));
        Assert.False(await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters().AnyAsync(u => u.Name.Contains("Sykehusenhet " + data.Suffix) || u.Name.Contains("Omdøpt " + data.Suffix))));

        var list = await client.GetHtmlAsync($"/{Vestfold}/enheter");
        Assert.DoesNotContain($"/{Vestfold}/enheter/rediger/{hospitalUnit.Id}\"", list);
    }

    [Fact]
    public async Task A_plain_reporter_reads_the_units_but_cannot_edit_them()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await TonsbergAsync();
        var homeCare = await UnitAsync("Sone nord", tonsberg.Id);
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);

        var list = await client.GetHtmlAsync($"/{Vestfold}/enheter?partner={tonsberg.Id}");
        Assert.Contains("Sone nord", list);
        Assert.DoesNotContain("/enheter/rediger", list);
        AssertDenied(await client.GetAsync($"/{Vestfold}/enheter/rediger"));
        AssertDenied(await client.GetAsync($"/{Vestfold}/enheter/rediger/{homeCare.Id}"));
        AssertDenied(await PostUnitAsync(client, null, tonsberg.Id, null, $"Ulovlig {data.Suffix}", formPage: $"/{Vestfold}/enheter"));
        AssertDenied(await PostUnitAsync(client, homeCare.Id, tonsberg.Id, homeCare.ParentId, $"Ulovlig {data.Suffix}", formPage: $"/{Vestfold}/enheter"));
        Assert.Equal("Sone nord", (await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters().SingleAsync(u => u.Id == homeCare.Id))).Name);
    }

    [Fact]
    public async Task A_unit_cannot_be_placed_under_itself_below_itself_or_under_another_partner()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await TonsbergAsync();
        var hospitalUnit = await UnitAsync("Hjerteavdelingen");
        var top = await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, Name = $"Topp {data.Suffix}" });
        var middle = await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, ParentId = top.Id, Name = $"Midt {data.Suffix}" });
        var bottom = await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, ParentId = middle.Id, Name = $"Bunn {data.Suffix}" });
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var loop = await PostUnitAsync(client, top.Id, tonsberg.Id, bottom.Id, $"Nytt navn {data.Suffix}", description: "Beskrivelse som beholdes");
        var html = await loop.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, loop.StatusCode);
        Assert.Contains("Enheten kan ikke ligge under en av sine egne underenheter.", html);
        Assert.Equal($"Nytt navn {data.Suffix}", TestClient.InputValue(html, "Input.Name"));
        Assert.Contains("Beskrivelse som beholdes</textarea>", html);

        var itself = await (await PostUnitAsync(client, middle.Id, tonsberg.Id, middle.Id, middle.Name)).Content.ReadAsStringAsync();
        Assert.Contains("En enhet kan ikke ligge under seg selv.", itself);
        var otherPartner = await (await PostUnitAsync(client, null, tonsberg.Id, hospitalUnit.Id, $"Feil part {data.Suffix}")).Content.ReadAsStringAsync();
        Assert.Contains("Den overordnede enheten må høre til samme part.", otherPartner);

        var stored = await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters().SingleAsync(u => u.Id == top.Id));
        Assert.Null(stored.ParentId);
        Assert.Equal(top.Name, stored.Name);
        Assert.False(await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters().AnyAsync(u => u.Name == $"Feil part {data.Suffix}")));
    }

    [Fact]
    public async Task Unit_names_are_unique_among_siblings_only()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await TonsbergAsync();
        var first = await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, Name = $"Forelder A {data.Suffix}" });
        var second = await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, Name = $"Forelder B {data.Suffix}" });
        await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, ParentId = first.Id, Name = $"Sone øst {data.Suffix}" });
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var taken = await PostUnitAsync(client, null, tonsberg.Id, first.Id, $"SONE ØST {data.Suffix}");
        var html = await taken.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains($"Det finnes allerede en enhet som heter «SONE ØST {data.Suffix}» på samme sted i treet.", html);
        Assert.Matches($"<option selected=\"selected\" value=\"{first.Id}\">", html);

        Assert.Equal(HttpStatusCode.Redirect, (await PostUnitAsync(client, null, tonsberg.Id, second.Id, $"Sone øst {data.Suffix}")).StatusCode);
        Assert.Equal(second.Id, (await UnitAsync($"Sone øst {data.Suffix}", tonsberg.Id, second.Id)).ParentId);
    }

    [Fact]
    public async Task A_used_unit_cannot_be_deleted_but_is_closed_and_stays_listed_as_closed()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await TonsbergAsync();
        var hospital = await factory.HospitalTrustAsync(Vestfold);
        var used = await data.AddAsync(new ServiceUnit { PartnerId = hospital.Id, Name = $"Brukt avdeling {data.Suffix}" });
        var unused = await data.AddAsync(new ServiceUnit { PartnerId = hospital.Id, Name = $"Feilregistrert {data.Suffix}" });
        await data.AddAsync(new DeviationReport
        {
            ReporterUserId = "test",
            ReporterName = "Test",
            ReportingPartnerId = tonsberg.Id,
            ReceivingPartnerId = hospital.Id,
            ReceivingUnitId = used.Id,
            CreatedAtUtc = DateTime.UtcNow,
        });
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var editUrl = $"/{Vestfold}/enheter/rediger/{used.Id}";

        var refused = await client.PostFormAsync($"{editUrl}?handler=Delete", [], formPage: editUrl);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(editUrl, TestClient.LocationPath(refused));
        Assert.Contains("kan ikke slettes. Legg den ned i stedet", await client.GetHtmlAsync(editUrl));
        Assert.True(await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters().AnyAsync(u => u.Id == used.Id)));

        var closing = await PostUnitAsync(client, used.Id, hospital.Id, null, used.Name, closedOn: Today);
        Assert.Equal(HttpStatusCode.Redirect, closing.StatusCode);
        Assert.Equal(Today, (await UnitAsync(used.Name)).ClosedOn);
        var active = await client.GetHtmlAsync($"/{Vestfold}/enheter?partner={hospital.Id}");
        Assert.DoesNotContain(used.Name, active);
        var all = await client.GetHtmlAsync($"/{Vestfold}/enheter?partner={hospital.Id}&nedlagte=true");
        Assert.Matches(new Regex($"{used.Name}\\s*<span class=\"tag\">Nedlagt fra {Regex.Escape(OsloTime.Format(Today))}</span>"), all);
        Assert.Contains(unused.Name, active);

        var deleted = await client.PostFormAsync($"/{Vestfold}/enheter/rediger/{unused.Id}?handler=Delete", [], formPage: $"/{Vestfold}/enheter/rediger/{unused.Id}");
        Assert.Equal($"/{Vestfold}/enheter?partner={hospital.Id}", TestClient.LocationPath(deleted));
        Assert.False(await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters().AnyAsync(u => u.Id == unused.Id)));
    }

    [Fact]
    public async Task A_unit_with_active_sub_units_cannot_be_closed()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await TonsbergAsync();
        var parent = await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, Name = $"Overordnet {data.Suffix}" });
        await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, ParentId = parent.Id, Name = $"Underenhet {data.Suffix}" });
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var response = await PostUnitAsync(client, parent.Id, tonsberg.Id, null, parent.Name, closedOn: Today);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enheten har underenheter som fortsatt er i drift på denne datoen.", html);
        Assert.Equal(Iso(Today), TestClient.InputValue(html, "Input.ClosedOn"));
        Assert.Null((await UnitAsync(parent.Name)).ClosedOn);
    }

    [Fact]
    public async Task A_persons_work_unit_is_chosen_among_active_units_grouped_by_partner_and_shown()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await TonsbergAsync();
        var person = await data.PersonAsync();
        var zone = await UnitAsync("Sone nord", tonsberg.Id);
        var closed = await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, Name = $"Nedlagt sone {data.Suffix}", ClosedOn = Today.AddDays(-1) });
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var url = $"/{Vestfold}/personer/rediger/{person.Id}";

        var form = await client.GetHtmlAsync(url);
        Assert.Contains($"<optgroup label=\"{tonsberg.Name}\">", form);
        Assert.Contains($"<option value=\"{zone.Id}\">Hjemmetjenesten › Sone nord</option>", form);
        Assert.DoesNotContain(closed.Name, form);

        var refused = await client.PostFormAsync(url, PersonFields(person, closed.Id));
        Assert.Contains("Enheten er nedlagt. Velg en enhet som er i drift.", await refused.Content.ReadAsStringAsync());

        var saved = await client.PostFormAsync(url, PersonFields(person, zone.Id));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(zone.Id, (await factory.WithDbAsync(db => db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == person.Id))).WorkUnitId);
        Assert.Contains($"{tonsberg.Name}: Hjemmetjenesten › Sone nord", await client.GetHtmlAsync($"/{Vestfold}/personer/{person.Id}"));
    }

    [Fact]
    public async Task Units_and_the_taxonomy_are_served_as_json_to_the_communitys_users()
    {
        var tonsberg = await TonsbergAsync();
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);

        using var units = JsonDocument.Parse(await client.GetHtmlAsync($"/api/{Vestfold}/enheter"));
        var zone = units.RootElement.EnumerateArray().Single(u => u.GetProperty("partnerId").GetInt32() == tonsberg.Id && u.GetProperty("name").GetString() == "Sone nord");
        Assert.Equal("Hjemmetjenesten › Sone nord", zone.GetProperty("path").GetString());
        Assert.Equal(tonsberg.Name, zone.GetProperty("partnerName").GetString());
        Assert.Equal(JsonValueKind.Number, zone.GetProperty("parentId").ValueKind);

        using var categories = JsonDocument.Parse(await client.GetHtmlAsync($"/api/{Vestfold}/avvikskategorier"));
        var discharge = categories.RootElement.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "C");
        Assert.Contains(discharge.GetProperty("subcategories").EnumerateArray(),
            s => s.GetProperty("code").GetString() == "C1" && s.GetProperty("name").GetString() == "Manglende epikrise");

        Assert.Equal(HttpStatusCode.Unauthorized, (await TestClient.Anonymous(factory).GetAsync($"/api/{Vestfold}/enheter")).StatusCode);
    }

    /// <summary>Refused: 403, or the sign-in scheme's redirect to the access-denied page.</summary>
    internal static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || TestClient.LocationPath(response).StartsWith("/konto/ingen-tilgang", StringComparison.Ordinal),
            $"Expected access denied, got {(int)response.StatusCode} {response.Headers.Location}");

    private async Task<HttpResponseMessage> PostUnitAsync(TestClient client, int? id, int partnerId, int? parentId, string name,
        string? description = null, DateOnly? closedOn = null, string? formPage = null)
    {
        var url = $"/{Vestfold}/enheter/rediger{(id is null ? "" : $"/{id}")}";
        var version = id is null ? 0 : await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters().Where(u => u.Id == id).Select(u => u.Version).SingleAsync());
        return await client.PostFormAsync(url, new()
        {
            ["Input.PartnerId"] = partnerId.ToString(CultureInfo.InvariantCulture),
            ["Input.ParentId"] = parentId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["Input.Name"] = name,
            ["Input.Description"] = description ?? "",
            ["Input.ClosedOn"] = closedOn is { } date ? Iso(date) : "",
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        }, formPage);
    }

    private static Dictionary<string, string> PersonFields(Person person, int workUnitId) => new()
    {
        ["Input.Name"] = person.Name,
        ["Input.Email"] = person.Email ?? "",
        ["Input.WorkUnitId"] = workUnitId.ToString(CultureInfo.InvariantCulture),
        ["Input.Version"] = person.Version.ToString(CultureInfo.InvariantCulture),
    };

    private Task<ServiceUnit> UnitAsync(string name, int? partnerId = null, int? parentId = null) =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == Vestfold).Select(c => c.Id).SingleAsync();
            return await db.ServiceUnits.IgnoreQueryFilters().AsNoTracking()
                .SingleAsync(u => u.CommunityId == communityId && u.Name == name && (partnerId == null || u.PartnerId == partnerId) && (parentId == null || u.ParentId == parentId));
        });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteUnitTests(SqliteAppFactory factory) : UnitTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresUnitTests(PostgresAppFactory factory) : UnitTests(factory);
