using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The secretariat's taxonomy of deviations and the deviation roles it gives.</summary>
public abstract class DeviationAdministrationTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task Category_codes_are_unique_in_the_community_and_the_input_is_kept()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var response = await PostCategoryAsync(client, null, "c1", "Ny kategori som beholdes");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Koden «c1» er allerede i bruk i dette helsefellesskapet.", html);
        Assert.Equal("Ny kategori som beholdes", TestClient.InputValue(html, "Input.Name"));
        Assert.False(await factory.WithDbAsync(db => db.DeviationCategories.IgnoreQueryFilters().AnyAsync(c => c.Name == "Ny kategori som beholdes")));
    }

    [Fact]
    public async Task A_subcategory_sits_under_a_top_level_category()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var c1 = await CategoryAsync(data.CommunityId, "C1");
        var code = Code(data);

        var html = await (await PostCategoryAsync(client, null, code, "Under en underkategori", parentId: c1.Id)).Content.ReadAsStringAsync();
        Assert.Contains("Velg en hovedkategori. En underkategori kan ikke ha egne underkategorier.", html);

        var c = await CategoryAsync(data.CommunityId, "C");
        var created = await PostCategoryAsync(client, null, code, "Ny underkategori", parentId: c.Id);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(c.Id, (await CategoryAsync(data.CommunityId, code)).ParentId);
        var moveTop = await (await PostCategoryAsync(client, c.Id, "C", c.Name, parentId: (await CategoryAsync(data.CommunityId, "D")).Id)).Content.ReadAsStringAsync();
        Assert.Contains("Kategorien har underkategorier og kan derfor ikke selv bli en underkategori.", moveTop);
    }

    [Fact]
    public async Task A_category_a_report_uses_is_retired_instead_of_deleted()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var tonsberg = await factory.MunicipalityAsync(Vestfold, "3905");
        var used = await data.AddAsync(new DeviationCategory { Code = Code(data, 1), Name = $"Brukt {data.Suffix}", SortOrder = 900 });
        var unused = await data.AddAsync(new DeviationCategory { Code = Code(data, 2), Name = $"Ubrukt {data.Suffix}", SortOrder = 901 });
        await data.AddAsync(new DeviationReport
        {
            ReporterUserId = "test",
            ReporterName = "Test",
            ReportingPartnerId = tonsberg.Id,
            CategoryId = used.Id,
            CreatedAtUtc = DateTime.UtcNow,
        });
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var editUrl = $"/{Vestfold}/avvikskategorier/rediger/{used.Id}";

        var refused = await client.PostFormAsync($"{editUrl}?handler=Delete", [], formPage: editUrl);
        Assert.Equal(editUrl, TestClient.LocationPath(refused));
        Assert.Contains("Kategorien er brukt i avviksmeldinger og kan ikke slettes. Merk den som utgått i stedet.", await client.GetHtmlAsync(editUrl));
        Assert.True(await factory.WithDbAsync(db => db.DeviationCategories.IgnoreQueryFilters().AnyAsync(c => c.Id == used.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await PostCategoryAsync(client, used.Id, used.Code, used.Name, retired: true, sortOrder: 900)).StatusCode);
        Assert.True((await CategoryAsync(data.CommunityId, used.Code)).IsRetired);
        var list = await client.GetHtmlAsync($"/{Vestfold}/avvikskategorier");
        Assert.Matches(new Regex($"<tr class=\"inactive\">(?:(?!</tr>).)*{used.Name}(?:(?!</tr>).)*Utgått", RegexOptions.Singleline), list);

        var deleted = await client.PostFormAsync($"/{Vestfold}/avvikskategorier/rediger/{unused.Id}?handler=Delete", [], formPage: $"/{Vestfold}/avvikskategorier/rediger/{unused.Id}");
        Assert.Equal($"/{Vestfold}/avvikskategorier", TestClient.LocationPath(deleted));
        Assert.False(await factory.WithDbAsync(db => db.DeviationCategories.IgnoreQueryFilters().AnyAsync(c => c.Id == unused.Id)));
    }

    [Fact]
    public async Task A_community_without_a_taxonomy_adopts_the_standard_one()
    {
        var slug = $"test-{Guid.NewGuid():N}"[..20];
        var communityId = await factory.WithDbAsync(async db =>
        {
            var community = new Community { Slug = slug, Name = "Testfellesskap" };
            db.Communities.Add(community);
            await db.SaveChangesAsync();
            return community.Id;
        });
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.PlatformAdministrator);
        var url = $"/{slug}/avvikskategorier";

        Assert.Contains("Legg inn standardkategoriene (A–J)", await client.GetHtmlAsync(url));
        var response = await client.PostFormAsync($"{url}?handler=Standard", [], formPage: url);
        Assert.Equal(url, TestClient.LocationPath(response));
        var again = await client.PostFormAsync($"{url}?handler=Standard", [], formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        var rows = await factory.WithDbAsync(db => db.DeviationCategories.IgnoreQueryFilters().Where(c => c.CommunityId == communityId).ToListAsync());
        Assert.Equal(StandardTaxonomy.Entries.Length + StandardTaxonomy.Entries.Sum(e => e.Subcategories.Length), rows.Count);
        Assert.Equal(rows.Single(c => c.Code == "C").Id, rows.Single(c => c.Code == "C1").ParentId);
        var html = await client.GetHtmlAsync(url);
        Assert.Contains("Manglende epikrise", html);
        Assert.DoesNotContain("Legg inn standardkategoriene", html);
    }

    [Fact]
    public async Task Only_the_secretariat_maintains_the_taxonomy_and_the_roles()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);
        foreach (var url in new[] { $"/{Vestfold}/avvikskategorier", $"/{Vestfold}/avvikskategorier/rediger", $"/{Vestfold}/avvikstilganger", $"/{Vestfold}/avvikstilganger/rediger" })
        {
            UnitTests.AssertDenied(await client.GetAsync(url));
        }
    }

    [Fact]
    public async Task Each_kind_of_role_takes_a_partner_a_unit_or_neither()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var person = await data.PersonAsync();
        var tonsberg = await factory.MunicipalityAsync(Vestfold, "3905");
        var unit = await data.AddAsync(new ServiceUnit { PartnerId = tonsberg.Id, Name = $"Enhet {data.Suffix}" });
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var cases = new (DeviationRoleKind Kind, int? Partner, int? Unit, string Message)[]
        {
            (DeviationRoleKind.QualityContact, null, null, "Velg parten personen skal være kvalitetskontakt for."),
            (DeviationRoleKind.QualityContact, tonsberg.Id, unit.Id, "Rollen «Kvalitetskontakt for partner» gjelder ingen enkelt enhet."),
            (DeviationRoleKind.UnitHandler, null, null, "Velg enheten personen skal behandle avvik for."),
            (DeviationRoleKind.UnitHandler, tonsberg.Id, unit.Id, "Rollen «Saksbehandler for enhet» gjelder ingen enkelt part."),
            (DeviationRoleKind.StatisticsReader, tonsberg.Id, null, "Rollen «Kvalitetsutvalg (statistikk)» gjelder ingen enkelt part."),
            (DeviationRoleKind.CaseReader, null, unit.Id, "Rollen «Tilgang til alle saker» gjelder ingen enkelt enhet."),
        };
        foreach (var (kind, partner, unitId, message) in cases)
        {
            var response = await PostRoleAsync(client, null, person.Id, kind, partner, unitId);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind}: {(int)response.StatusCode}");
            Assert.Contains(message, html);
            Assert.Matches($"<option selected=\"selected\" value=\"{person.Id}\">", html);
        }
        Assert.False(await factory.WithDbAsync(db => db.DeviationRoles.IgnoreQueryFilters().AnyAsync(r => r.PersonId == person.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await PostRoleAsync(client, null, person.Id, DeviationRoleKind.UnitHandler, null, unit.Id)).StatusCode);
        var duplicate = await (await PostRoleAsync(client, null, person.Id, DeviationRoleKind.UnitHandler, null, unit.Id)).Content.ReadAsStringAsync();
        Assert.Contains("Personen har allerede denne tilgangen.", duplicate);
        var role = await factory.WithDbAsync(db => db.DeviationRoles.IgnoreQueryFilters().SingleAsync(r => r.PersonId == person.Id));
        Assert.Equal(unit.Id, role.UnitId);
        Assert.Null(role.PartnerId);
        var list = await client.GetHtmlAsync($"/{Vestfold}/avvikstilganger");
        Assert.Matches(new Regex($"{Regex.Escape(person.Name)}(?:(?!</tr>).)*Saksbehandler for enhet(?:(?!</tr>).)*{Regex.Escape(tonsberg.Name)}: Enhet {data.Suffix}", RegexOptions.Singleline), list);
    }

    [Fact]
    public async Task A_role_given_or_removed_applies_from_the_next_request()
    {
        var data = await FollowUpData.ForAsync(factory, Vestfold);
        var horten = await factory.MunicipalityAsync(Vestfold, "3901");
        var nurse = await factory.WithDbAsync(db => db.People.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(p => p.CommunityId == data.CommunityId && p.Name == VestfoldDeviations.Nurse));
        var secretariat = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var staff = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var newUnit = $"/{Vestfold}/enheter/rediger";
        UnitTests.AssertDenied(await staff.GetAsync(newUnit));

        Assert.Equal(HttpStatusCode.Redirect, (await PostRoleAsync(secretariat, null, nurse.Id, DeviationRoleKind.QualityContact, horten.Id, null)).StatusCode);
        var role = await factory.WithDbAsync(db => db.DeviationRoles.IgnoreQueryFilters().SingleAsync(r => r.PersonId == nurse.Id && r.PartnerId == horten.Id));
        try
        {
            Assert.Contains($"<option selected=\"selected\" value=\"{horten.Id}\">", await staff.GetHtmlAsync(newUnit));
        }
        finally
        {
            var edit = $"/{Vestfold}/avvikstilganger/rediger/{role.Id}";
            Assert.Equal($"/{Vestfold}/avvikstilganger", TestClient.LocationPath(await secretariat.PostFormAsync($"{edit}?handler=Delete", [], formPage: edit)));
        }
        UnitTests.AssertDenied(await staff.GetAsync(newUnit));
    }

    /// <summary>A code no other test uses (codes are at most ten characters).</summary>
    private static string Code(FollowUpData data, int number = 0) => $"T{data.Suffix[..6]}{number}";

    private async Task<HttpResponseMessage> PostCategoryAsync(TestClient client, int? id, string code, string name, int? parentId = null, bool retired = false, int sortOrder = 0)
    {
        var version = id is null ? 0 : await factory.WithDbAsync(db => db.DeviationCategories.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        return await client.PostFormAsync($"/{Vestfold}/avvikskategorier/rediger{(id is null ? "" : $"/{id}")}", new()
        {
            ["Input.Code"] = code,
            ["Input.Name"] = name,
            ["Input.ParentId"] = parentId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["Input.SortOrder"] = sortOrder.ToString(CultureInfo.InvariantCulture),
            ["Input.IsRetired"] = retired ? "true" : "false",
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });
    }

    private async Task<HttpResponseMessage> PostRoleAsync(TestClient client, int? id, int personId, DeviationRoleKind kind, int? partnerId, int? unitId)
    {
        var version = id is null ? 0 : await factory.WithDbAsync(db => db.DeviationRoles.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        return await client.PostFormAsync($"/{Vestfold}/avvikstilganger/rediger{(id is null ? "" : $"/{id}")}", new()
        {
            ["Input.PersonId"] = personId.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = kind.ToString(),
            ["Input.PartnerId"] = partnerId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["Input.UnitId"] = unitId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });
    }

    private Task<DeviationCategory> CategoryAsync(int communityId, string code) =>
        factory.WithDbAsync(db => db.DeviationCategories.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.CommunityId == communityId && c.Code == code));
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeviationAdministrationTests(SqliteAppFactory factory) : DeviationAdministrationTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeviationAdministrationTests(PostgresAppFactory factory) : DeviationAdministrationTests(factory);
