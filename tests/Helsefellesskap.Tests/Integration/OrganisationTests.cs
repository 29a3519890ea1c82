using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The organisation register through HTTP: rules with Norwegian messages, history, audit, conflicts.</summary>
public abstract class OrganisationTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private Task<TestClient> AdministratorAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    [Fact]
    public async Task Duplicate_municipality_number_is_refused_in_norwegian_and_keeps_the_input()
    {
        var client = await AdministratorAsync();
        var response = await client.PostFormAsync($"/{Vestfold}/parter/rediger", new()
        {
            ["Input.Name"] = "Nye Tønsberg kommune",
            ["Input.Kind"] = nameof(PartnerKind.Municipality),
            ["Input.MunicipalityNumber"] = "3905",
            ["Input.Description"] = "Beskrivelse som ikke skal gå tapt",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kommunenummer 3905 er allerede registrert", html);
        Assert.Equal("Nye Tønsberg kommune", TestClient.InputValue(html, "Input.Name"));
        Assert.Contains("Beskrivelse som ikke skal gå tapt", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Fact]
    public async Task Invalid_identifiers_are_refused()
    {
        var client = await AdministratorAsync();
        var response = await client.PostFormAsync($"/{Vestfold}/parter/rediger", new()
        {
            ["Input.Name"] = "Feilnummer HF",
            ["Input.Kind"] = nameof(PartnerKind.HospitalTrust),
            ["Input.OrganisationNumber"] = "983 975 240 1",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Organisasjonsnummeret er ikke gyldig", html);
    }

    [Fact]
    public async Task Required_fields_get_norwegian_messages()
    {
        var client = await AdministratorAsync();
        var response = await client.PostFormAsync($"/{Vestfold}/personer/rediger", new() { ["Input.Title"] = "Rådgiver", ["Input.Email"] = "ikke-en-adresse" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Navn må fylles ut.", html);
        Assert.Contains("E-post må være en gyldig e-postadresse.", html);
        Assert.Equal("Rådgiver", TestClient.InputValue(html, "Input.Title"));
    }

    [Fact]
    public async Task Membership_ending_before_it_starts_is_refused()
    {
        var client = await AdministratorAsync();
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var personId = await factory.AnyIdAsync<Person>(Vestfold);
        var response = await client.PostFormAsync($"/{Vestfold}/medlemskap/rediger?body={ssu.Id}", new()
        {
            ["Input.BodyId"] = ssu.Id.ToString(),
            ["Input.PersonId"] = personId.ToString(),
            ["Input.Role"] = nameof(MembershipRole.Member),
            ["Input.From"] = "2025-03-01",
            ["Input.To"] = "2025-02-01",
            ["Input.Note"] = "Notat som skal beholdes",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sluttdatoen kan ikke være før startdatoen.", html);
        Assert.Equal("Notat som skal beholdes", TestClient.InputValue(html, "Input.Note"));
        Assert.Equal("2025-02-01", TestClient.InputValue(html, "Input.To"));
    }

    [Fact]
    public async Task A_body_cannot_report_to_itself_or_in_a_loop()
    {
        var client = await AdministratorAsync();
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var fsu = await factory.BodyAsync(Vestfold, "FSU");

        var self = await PostBodyAsync(client, ssu, parentId: ssu.Id);
        Assert.Contains("Et organ kan ikke rapportere til seg selv.", await self.Content.ReadAsStringAsync());

        var loop = await PostBodyAsync(client, ssu, parentId: fsu.Id);
        Assert.Contains("det ville gi en sirkel i rapporteringslinjen", await loop.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostBodyAsync(TestClient client, Helsefellesskap.Web.Features.Bodies.Body body, int parentId) =>
        client.PostFormAsync($"/{Vestfold}/organer/rediger/{body.Id}", new()
        {
            ["Input.Name"] = body.Name,
            ["Input.ShortName"] = body.ShortName,
            ["Input.Type"] = body.Type.ToString(),
            ["Input.ParentBodyId"] = parentId.ToString(),
            ["Input.Version"] = body.Version.ToString(),
        });

    [Fact]
    public async Task Create_update_and_delete_are_audited_with_before_and_after()
    {
        var client = await AdministratorAsync();
        var created = await client.PostFormAsync($"/{Vestfold}/personer/rediger", new() { ["Input.Name"] = "Revisjon Testesen", ["Input.Title"] = "Rådgiver" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var personId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());

        var updated = await client.PostFormAsync($"/{Vestfold}/personer/rediger/{personId}", new()
        {
            ["Input.Name"] = "Revisjon Testesen",
            ["Input.Title"] = "Seniorrådgiver",
            ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);

        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var membership = await client.PostFormAsync($"/{Vestfold}/medlemskap/rediger", new()
        {
            ["Input.BodyId"] = ssu.Id.ToString(),
            ["Input.PersonId"] = personId.ToString(),
            ["Input.Role"] = nameof(MembershipRole.Observer),
            ["Input.From"] = "2026-01-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, membership.StatusCode);
        var membershipId = await factory.WithDbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.PersonId == personId).Select(m => m.Id).SingleAsync());
        var deleted = await client.PostFormAsync($"/{Vestfold}/medlemskap/rediger/{membershipId}?handler=Delete", new(), $"/{Vestfold}/medlemskap/rediger/{membershipId}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var entries = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => (a.EntityType == nameof(Person) && a.EntityId == personId.ToString()) || (a.EntityType == nameof(Membership) && a.EntityId == membershipId.ToString()))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Collection(entries,
            e => Assert.Equal((AuditAction.Created, nameof(Person)), (e.Action, e.EntityType)),
            e =>
            {
                Assert.Equal(AuditAction.Updated, e.Action);
                Assert.Contains("\"Before\":\"Rådgiver\"", System.Text.RegularExpressions.Regex.Unescape(e.Changes));
                Assert.Contains("\"After\":\"Seniorrådgiver\"", System.Text.RegularExpressions.Regex.Unescape(e.Changes));
            },
            e => Assert.Equal((AuditAction.Created, nameof(Membership)), (e.Action, e.EntityType)),
            e => Assert.Equal((AuditAction.Deleted, nameof(Membership)), (e.Action, e.EntityType)));
        Assert.All(entries, e => Assert.Equal(DemoAccounts.VestfoldAdministrator, e.UserName));

        var log = await client.GetHtmlAsync($"/{Vestfold}/revisjonslogg?type=Person");
        Assert.Contains("Seniorrådgiver", log);
        var history = await client.GetHtmlAsync($"/{Vestfold}/personer/{personId}");
        Assert.Contains("Historikk", history);
        Assert.Contains("Seniorrådgiver", history);
    }

    [Fact]
    public async Task The_audit_log_refuses_to_be_changed()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.IgnoreQueryFilters().FirstAsync();
            entry.UserName = "someone else";
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task A_second_save_of_the_same_record_is_told_about_the_conflict_and_keeps_its_text()
    {
        var first = await AdministratorAsync();
        var second = await AdministratorAsync();
        var personId = await factory.AnyIdAsync<Person>(Vestfold);
        var form = await first.GetHtmlAsync($"/{Vestfold}/personer/rediger/{personId}");
        var name = TestClient.InputValue(form, "Input.Name")!;
        var version = TestClient.InputValue(form, "Input.Version")!;

        var saved = await first.PostWithTokenAsync($"/{Vestfold}/personer/rediger/{personId}",
            new() { ["Input.Name"] = name, ["Input.Title"] = "Tittel fra første", ["Input.Version"] = version }, TestClient.AntiforgeryToken(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var secondForm = await second.GetHtmlAsync($"/{Vestfold}/personer/rediger/{personId}");
        var conflict = await second.PostWithTokenAsync($"/{Vestfold}/personer/rediger/{personId}",
            new() { ["Input.Name"] = name, ["Input.Title"] = "Tittel fra andre", ["Input.Version"] = version }, TestClient.AntiforgeryToken(secondForm));
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Noen andre har lagret endringer mens du redigerte", html);
        Assert.Equal("Tittel fra andre", TestClient.InputValue(html, "Input.Title"));

        var stored = await factory.WithDbAsync(db => db.People.IgnoreQueryFilters().Where(p => p.Id == personId).Select(p => p.Title).SingleAsync());
        Assert.Equal("Tittel fra første", stored);

        // Saving again, now knowingly, goes through.
        var retry = await second.PostWithTokenAsync($"/{Vestfold}/personer/rediger/{personId}",
            new() { ["Input.Name"] = name, ["Input.Title"] = "Tittel fra andre", ["Input.Version"] = TestClient.InputValue(html, "Input.Version")! }, TestClient.AntiforgeryToken(html));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
    }

    [Fact]
    public async Task Body_page_shows_current_members_by_role_and_former_members_on_request()
    {
        var client = TestClient.Anonymous(factory);
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var former = await factory.WithDbAsync(db => db.Memberships.IgnoreQueryFilters().Include(m => m.Person)
            .Where(m => m.BodyId == ssu.Id && m.To != null && m.To < DateOnly.FromDateTime(DateTime.UtcNow)).FirstAsync());

        var page = await client.GetHtmlAsync($"/{Vestfold}/organer/{ssu.Id}");
        Assert.Contains("<h3>Leder</h3>", page);
        Assert.Contains("<h3>Medlem</h3>", page);
        Assert.Contains("Vis tidligere medlemmer", page);
        Assert.DoesNotContain("Tidligere medlemmer</h3>", page);

        var withFormer = await client.GetHtmlAsync($"/{Vestfold}/organer/{ssu.Id}?tidligere=true");
        Assert.Contains("Tidligere medlemmer</h3>", withFormer);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(former.Person!.Name), withFormer);
    }

    [Fact]
    public async Task Organisation_chart_has_a_list_and_a_drawing_of_the_bodies()
    {
        var client = TestClient.Anonymous(factory);
        var html = await client.GetHtmlAsync($"/{Vestfold}/organisasjonskart");
        Assert.Contains("<ul class=\"body-tree\">", html);
        Assert.Contains("<svg", html);
        Assert.Contains(">SSU</text>", html);
        Assert.Contains(">FSU</text>", html);
    }

    [Fact]
    public async Task A_new_mandate_version_keeps_the_earlier_one()
    {
        var client = await AdministratorAsync();
        var au = await factory.BodyAsync(Vestfold, "AU");
        var response = await client.PostFormAsync($"/{Vestfold}/organer/{au.Id}/mandat", new()
        {
            ["Input.Text"] = "## Formål\nNytt mandat for arbeidsutvalget.",
            ["Input.AdoptedOn"] = "2026-10-01",
            ["Input.AdoptedIn"] = "SSU-sak 2026.40",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetHtmlAsync($"/{Vestfold}/organer/{au.Id}");
        Assert.Contains("Nytt mandat for arbeidsutvalget.", page);
        Assert.Contains("SSU-sak 2026.40", page);
        Assert.Contains("Tidligere versjoner", page);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOrganisationTests(SqliteAppFactory factory) : OrganisationTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOrganisationTests(PostgresAppFactory factory) : OrganisationTests(factory);
