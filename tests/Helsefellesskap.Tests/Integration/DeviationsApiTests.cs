using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// The reports API with personal API keys: a partner's system submits and reads reports as the key's user,
/// with the same access rules and checks as the pages, and never gets rejected text back.
/// </summary>
public abstract partial class DeviationsApiTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;
    private const string HospitalOrganisationNumber = "983975259";
    private const string LarvikMunicipalityNumber = "3909";
    private const string Url = $"/api/{Vestfold}/avvik";

    private static readonly DateOnly Today = OsloTime.Today(TimeProvider.System);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Makes a key on the key page, signed in with the cookie, and returns the token shown once.</summary>
    private async Task<string> CreateKeyAsync(string email, string name)
    {
        var browser = await TestClient.SignedInAsync(factory, email);
        var response = await browser.PostFormAsync("/konto/api-nokler?handler=Create", new() { ["Input.Name"] = name }, formPage: "/konto/api-nokler");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return NewKey().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page shows no new key.");
    }

    /// <summary>A client of another system: no cookies, only the key.</summary>
    private HttpClient KeyClient(string? token)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    private static Dictionary<string, object?> Submission(string suffix, string? whatHappened = null) => new()
    {
        ["receivingPartnerNumber"] = HospitalOrganisationNumber,
        ["eventDate"] = Today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["eventPartOfDay"] = nameof(PartOfDay.Evening),
        ["phase"] = nameof(PathwayPhase.Discharge),
        ["category"] = "C",
        ["subcategory"] = "C1",
        ["consequence"] = nameof(DeviationConsequence.Minor),
        ["whatHappened"] = whatHappened ?? $"Pasienten kom hjem fra sykehuset uten epikrise. {suffix}",
        ["localReference"] = $"Intern sak {suffix}",
    };

    /// <summary>Letters only: a run of digits could look like a phone number to the guard.</summary>
    private static string Suffix() => string.Concat(Guid.NewGuid().ToByteArray().Take(8).Select(b => (char)('a' + (b % 26))));

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_report_submitted_with_an_api_key_is_sent_from_the_reporters_unit_and_can_be_read_back()
    {
        var api = KeyClient(await CreateKeyAsync(DemoAccounts.VestfoldStaff, "Kvalitetssystemet"));
        var suffix = Suffix();

        var created = await api.PostAsJsonAsync(Url, Submission(suffix), Json);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await JsonOf(created);
        var report = body.GetProperty("report");
        var id = report.GetProperty("id").GetInt32();
        Assert.Equal($"{Url}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(nameof(DeviationState.Sent), report.GetProperty("state").GetString());
        Assert.Equal(nameof(DeviationTrack.Learning), report.GetProperty("track").GetString());
        Assert.Equal(nameof(DeviationDirection.MunicipalityToHospital), report.GetProperty("direction").GetString());
        Assert.Equal("Tønsberg kommune", report.GetProperty("reportingPartner").GetString());
        Assert.Equal("Sone nord", report.GetProperty("reportingUnit").GetString());
        Assert.Equal("Sykehuset i Vestfold HF", report.GetProperty("receivingPartner").GetString());
        Assert.Equal("C1", report.GetProperty("subcategory").GetString());
        Assert.Equal(VestfoldDeviations.Nurse, body.GetProperty("details").GetProperty("reporterName").GetString());
        Assert.Equal(nameof(DeviationState.Sent), body.GetProperty("history")[0].GetProperty("toState").GetString());

        var stored = await factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().SingleAsync(r => r.Id == id));
        Assert.Equal(Today.AddDays(-2), stored.EventDate);
        Assert.NotNull(stored.AcknowledgeBy);

        var list = await JsonOf(await api.GetAsync($"{Url}?state=Sent"));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        Assert.DoesNotContain("whatHappened", list.ToString(), StringComparison.Ordinal);

        var read = await api.GetAsync($"{Url}/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains(suffix, (await JsonOf(read)).GetProperty("details").GetProperty("whatHappened").GetString());
        var reads = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Action == AuditAction.Read && a.EntityType == nameof(DeviationReport) && a.EntityId == id.ToString())
            .ToListAsync());
        Assert.Equal(DemoAccounts.VestfoldStaff, Assert.Single(reads).UserName);
    }

    [Fact]
    public async Task The_receiving_partners_quality_contact_reads_and_answers_in_the_dialogue_and_the_reporter_is_told()
    {
        var nurse = KeyClient(await CreateKeyAsync(DemoAccounts.VestfoldStaff, "Fagsystem"));
        var posted = await nurse.PostAsJsonAsync(Url, Submission(Suffix()), Json);
        Assert.True(posted.StatusCode == HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        var id = (await JsonOf(posted)).GetProperty("report").GetProperty("id").GetInt32();
        var hospital = KeyClient(await CreateKeyAsync(DemoAccounts.VestfoldHospitalQuality, "Sykehusets kvalitetssystem"));

        var message = await hospital.PostAsJsonAsync($"{Url}/{id}/meldinger", new { text = "Vi ser på saken og kommer tilbake." }, Json);

        Assert.True(message.StatusCode == HttpStatusCode.Created, await message.Content.ReadAsStringAsync());
        Assert.Equal(nameof(DeviationSide.Receiving), (await JsonOf(message)).GetProperty("side").GetString());
        var history = (await JsonOf(await nurse.GetAsync($"{Url}/{id}"))).GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, e => e.GetProperty("kind").GetString() == nameof(DeviationEntryKind.Message)
            && e.GetProperty("authorName").GetString() == VestfoldDeviations.HospitalQualityContact);
        var reporterEmail = await factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.ReporterEmail).SingleAsync());
        Assert.Contains(Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText),
            mail => mail.Contains($"/{Vestfold}/avvik/{id}", StringComparison.Ordinal) && mail.Contains($"<{reporterEmail}>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_partners_quality_contact_cannot_read_or_write_in_a_report_between_two_municipalities()
    {
        var nurse = KeyClient(await CreateKeyAsync(DemoAccounts.VestfoldStaff, "Fagsystem"));
        var submission = Submission(Suffix());
        submission["receivingPartnerNumber"] = LarvikMunicipalityNumber;
        var created = await JsonOf(await nurse.PostAsJsonAsync(Url, submission, Json));
        var id = created.GetProperty("report").GetProperty("id").GetInt32();
        Assert.Equal(nameof(DeviationDirection.MunicipalityToMunicipality), created.GetProperty("report").GetProperty("direction").GetString());

        var hospital = KeyClient(await CreateKeyAsync(DemoAccounts.VestfoldHospitalQuality, "Sykehusets kvalitetssystem"));

        Assert.Equal(HttpStatusCode.NotFound, (await hospital.GetAsync($"{Url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hospital.PostAsJsonAsync($"{Url}/{id}/meldinger", new { text = "Hei" }, Json)).StatusCode);
        var list = await JsonOf(await hospital.GetAsync($"{Url}?side=1"));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Without_a_key_or_with_a_revoked_key_the_api_answers_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await KeyClient(null).GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await KeyClient(null).PostAsJsonAsync(Url, Submission(Suffix()), Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await KeyClient("hf_" + new string('x', 43)).GetAsync(Url)).StatusCode);

        var token = await CreateKeyAsync(DemoAccounts.VestfoldStaff, "Skal trekkes tilbake");
        Assert.Equal(HttpStatusCode.OK, (await KeyClient(token).GetAsync(Url)).StatusCode);
        var prefix = token[3..11];
        var key = await factory.WithDbAsync(db => db.ApiKeys.SingleAsync(k => k.Prefix == prefix));
        Assert.NotNull(key.LastUsedAtUtc);

        var browser = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var revoked = await browser.PostFormAsync($"/konto/api-nokler?handler=Revoke&id={key.Id}", [], formPage: "/konto/api-nokler");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await KeyClient(token).GetAsync(Url)).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "ApiKey" && a.EntityId == key.Id.ToString()).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated], audit.Select(a => a.Action));
        Assert.Contains("\"Hash\":{\"Before\":null,\"After\":\"***\"}", audit[0].Changes);
        Assert.DoesNotContain(key.Hash, string.Concat(audit.Select(a => a.Changes)));
    }

    [Fact]
    public async Task A_key_revoked_by_someone_else_is_not_found_and_the_key_page_lists_only_your_own_keys()
    {
        var token = await CreateKeyAsync(DemoAccounts.VestfoldStaff, "Sykepleierens nøkkel");
        var prefix = token[3..11];
        var id = await factory.WithDbAsync(db => db.ApiKeys.Where(k => k.Prefix == prefix).Select(k => k.Id).SingleAsync());
        var other = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);

        var response = await other.PostFormAsync($"/konto/api-nokler?handler=Revoke&id={id}", [], formPage: "/konto/api-nokler");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Sykepleierens nøkkel", await other.GetHtmlAsync("/konto/api-nokler"));
        Assert.Equal(HttpStatusCode.OK, (await KeyClient(token).GetAsync(Url)).StatusCode);
    }

    [Theory]
    [InlineData("whatHappened", "Pasient med fnr 150578 10014 kom uten epikrise.")]
    [InlineData("immediateAction", "Ringte datteren på 915 55 123.")]
    [InlineData("localReference", "15057810014")]
    public async Task Patient_data_in_any_text_is_refused_without_echoing_it_and_nothing_is_stored(string field, string text)
    {
        var api = KeyClient(await CreateKeyAsync(DemoAccounts.VestfoldStaff, "Fagsystem"));
        var suffix = Suffix();
        var submission = Submission(suffix);
        submission[field] = field == "whatHappened" ? $"{text} {suffix}" : text;

        var response = await api.PostAsJsonAsync(Url, submission, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        var errors = JsonDocument.Parse(problem).RootElement.GetProperty("errors");
        Assert.Contains("pasientopplysninger", errors.GetProperty(field)[0].GetString());
        foreach (var digits in Regex.Matches(text, @"\d[\d ]{6,}\d").Select(m => m.Value))
        {
            Assert.DoesNotContain(digits, problem);
        }
        Assert.False(await factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().AnyAsync(r => r.LocalReference == $"Intern sak {suffix}" || r.WhatHappened!.Contains(suffix))));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes.Contains(suffix))));
    }

    [Fact]
    public async Task The_forms_other_rules_are_kept_future_event_empty_description_and_a_receiving_unit_of_the_reporter()
    {
        var api = KeyClient(await CreateKeyAsync(DemoAccounts.VestfoldStaff, "Fagsystem"));
        var ownUnit = await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters()
            .Where(u => u.Name == "Sykehjem og korttidsavdeling" && u.Partner!.Name == "Tønsberg kommune").Select(u => u.Id).SingleAsync());
        var submission = Submission(Suffix(), whatHappened: "  ");
        submission["eventDate"] = Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        submission["receivingPartnerNumber"] = null;
        submission["receivingUnitId"] = ownUnit;
        submission["subcategory"] = "D1";

        var response = await api.PostAsJsonAsync(Url, submission, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonOf(response)).GetProperty("errors");
        Assert.Equal(["eventDate", "receivingPartnerId", "receivingUnitId", "subcategory", "whatHappened"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("fram i tid", errors.GetProperty("eventDate")[0].GetString());
        Assert.Contains("egen partner", errors.GetProperty("receivingUnitId")[0].GetString());
    }

    [Fact]
    public async Task A_serious_report_goes_to_the_formal_track_with_a_journal_number()
    {
        var api = KeyClient(await CreateKeyAsync(DemoAccounts.VestfoldStaff, "Fagsystem"));
        var submission = Submission(Suffix());
        submission["consequence"] = nameof(DeviationConsequence.Serious);

        var report = (await JsonOf(await api.PostAsJsonAsync(Url, submission, Json))).GetProperty("report");

        Assert.Equal(nameof(DeviationTrack.Formal), report.GetProperty("track").GetString());
        Assert.Matches($"^{OsloTime.Today(TimeProvider.System).Year}/\\d+$", report.GetProperty("journalNumber").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_deviation_endpoints_and_the_key_scheme()
    {
        var json = await TestClient.Anonymous(factory).GetHtmlAsync("/api/openapi/v1.json");
        using var document = JsonDocument.Parse(json);
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/{community}/avvik").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/{community}/avvik").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/{community}/avvik/{id}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/{community}/avvik/{id}/meldinger").TryGetProperty("post", out _));
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    [GeneratedRegex("id=\"new-api-key\">(hf_[A-Za-z0-9_-]+)<")]
    private static partial Regex NewKey();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeviationsApiTests(SqliteAppFactory factory) : DeviationsApiTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeviationsApiTests(PostgresAppFactory factory) : DeviationsApiTests(factory);
