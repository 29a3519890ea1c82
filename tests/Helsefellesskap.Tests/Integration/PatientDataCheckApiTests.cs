using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The live patient-data check the report form calls as the person types.</summary>
public abstract class PatientDataCheckApiTests(AppFactory factory)
{
    private const string Url = $"/api/{DemoLookup.Vestfold}/avvik/kontroll";
    private const string BirthNumber = "31129956715";
    private const string WithBirthNumber = $"Pasienten med fnr {BirthNumber} ble sendt hjem uten epikrise.";

    /// <summary>Posts the fields as the form's script does: names as they are, not camel-cased.</summary>
    private static Task<HttpResponseMessage> CheckAsync(TestClient client, Dictionary<string, string> fields) =>
        client.Http.PostAsJsonAsync(Url, new { fields });

    private static async Task<JsonElement> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields");
    }

    [Fact]
    public async Task Hits_come_back_per_field_with_kind_position_and_a_message_without_the_text()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);

        var fields = await FieldsAsync(await CheckAsync(client, new()
        {
            ["WhatHappened"] = WithBirthNumber,
            ["ImmediateAction"] = "Ringte avdelingen kl. 14.30, jf. sak 2022.40.",
            ["Text"] = "Kontakt pasienten Kari Nordmann på 91234567",
            ["suggestedImprovement"] = "Ring 91234567",
        }));

        var hit = Assert.Single(fields.GetProperty("WhatHappened").EnumerateArray());
        Assert.Equal("IdentityNumber", hit.GetProperty("kind").GetString());
        Assert.Equal(18, hit.GetProperty("start").GetInt32());
        Assert.Equal(11, hit.GetProperty("length").GetInt32());
        var message = hit.GetProperty("message").GetString()!;
        Assert.Contains("«Hva skjedde?»", message);
        Assert.Contains("tegn 19–29", message);
        Assert.DoesNotContain(BirthNumber, message);

        Assert.Empty(fields.GetProperty("ImmediateAction").EnumerateArray());
        Assert.StartsWith("«Forslag til forbedring»", Assert.Single(fields.GetProperty("suggestedImprovement").EnumerateArray()).GetProperty("message").GetString());

        var messageHits = fields.GetProperty("Text").EnumerateArray().ToList();
        Assert.Equal(["PatientName", "PhoneNumber"], messageHits.Select(h => h.GetProperty("kind").GetString()));
        Assert.All(messageHits, h => Assert.StartsWith("«Teksten»", h.GetProperty("message").GetString()));
        Assert.All(messageHits, h => Assert.DoesNotContain("Kari", h.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Clean_text_gives_no_hits()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);

        var fields = await FieldsAsync(await CheckAsync(client, new()
        {
            ["WhatHappened"] = "Møtet 24.11.2022 ble utsatt. Den 03.11.2026 kom pasienten hjem uten epikrise kl. 14.30.",
            ["SuggestedImprovement"] = "Sak 2024.35: send PLO-melding før utskrivning.",
            ["LocalReference"] = "",
        }));

        Assert.All(fields.EnumerateObject(), f => Assert.Empty(f.Value.EnumerateArray()));
        Assert.Equal(3, fields.EnumerateObject().Count());
    }

    [Fact]
    public async Task Anonymous_callers_are_refused()
    {
        var response = await CheckAsync(TestClient.Anonymous(factory), new() { ["WhatHappened"] = WithBirthNumber });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Bad_field_names_and_too_many_fields_are_refused_in_norwegian_without_the_text()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var tooMany = Enumerable.Range(0, 21).ToDictionary(i => $"Field{i}", _ => WithBirthNumber);

        foreach (var response in new[]
        {
            await CheckAsync(client, new() { ["<script>"] = WithBirthNumber }),
            await CheckAsync(client, tooMany),
            await client.Http.PostAsJsonAsync(Url, new { }),
        })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("høyst 20 felt", body);
            Assert.DoesNotContain(BirthNumber, body);
        }
    }

    [Fact]
    public async Task The_text_checked_never_reaches_the_log()
    {
        var capture = new LogCapture();
        using var logged = factory.WithLogCapture(capture);
        var client = new TestClient(logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await client.SignInAsync(DemoAccounts.VestfoldStaff);

        await CheckAsync(client, new() { ["WhatHappened"] = WithBirthNumber, ["ReporterRole"] = "pasienten Kari Nordmann" });
        await CheckAsync(client, new() { [BirthNumber] = WithBirthNumber });
        await client.Http.PostAsync(Url, new StringContent("{\"fields\": {\"WhatHappened\": \"" + WithBirthNumber, Encoding.UTF8, "application/json"));

        Assert.Contains(capture.Lines, line => line.Contains("/avvik/kontroll", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains("311299", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains("Nordmann", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePatientDataCheckApiTests(SqliteAppFactory factory) : PatientDataCheckApiTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPatientDataCheckApiTests(PostgresAppFactory factory) : PatientDataCheckApiTests(factory);
