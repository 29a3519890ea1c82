using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>The secretariat's main flow in a real browser, with an accessibility scan of every page on the way.</summary>
public sealed class SecretariatFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Secretariat_edits_a_membership_and_sees_it_on_the_body_page_and_in_the_audit_log()
    {
        var ssu = await fixture.App.BodyAsync(DemoLookup.Vestfold, "SSU");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/{DemoLookup.Vestfold}");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Logg inn" }).ClickAsync();
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByLabel("E-post").FillAsync(DemoAccounts.VestfoldAdministrator);
        await page.GetByLabel("Passord", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();

        await page.WaitForURLAsync("**/konto/tofaktor**");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByLabel("Kode").FillAsync(Totp.Code(DemoAccounts.AuthenticatorKey));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekreft" }).ClickAsync();
        await page.WaitForURLAsync($"**/{DemoLookup.Vestfold}");

        await page.GotoAsync($"/{DemoLookup.Vestfold}/organer/{ssu.Id}");
        await AccessibilityScan.AssertAccessibleAsync(page);
        var memberRow = page.Locator("table tr", new() { HasText = "Medlem" }).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Rediger" }) }).First;
        var personName = (await memberRow.Locator("td").First.InnerTextAsync()).Trim();
        await memberRow.GetByRole(AriaRole.Link, new() { Name = "Rediger" }).ClickAsync();

        await page.WaitForURLAsync("**/medlemskap/rediger/**");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = "Nestleder" });
        await page.GetByLabel("Merknad").FillAsync("Valgt som nestleder i SSU-sak 2026.41");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        await page.WaitForURLAsync($"**/organer/{ssu.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Endringene er lagret.");
        var viceChairs = page.Locator("h3:text-is('Nestleder') + table");
        await Assertions.Expect(viceChairs).ToContainTextAsync(personName);
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Revisjonslogg" }).ClickAsync();
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Medlemskap" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        var newest = page.Locator("table.audit-log tbody tr").First;
        await Assertions.Expect(newest).ToContainTextAsync(DemoAccounts.VestfoldAdministrator);
        await Assertions.Expect(newest).ToContainTextAsync("Medlem → Nestleder");
        await Assertions.Expect(newest).ToContainTextAsync("Valgt som nestleder i SSU-sak 2026.41");
        await AccessibilityScan.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Bad_input_shows_norwegian_errors_next_to_the_fields_and_keeps_what_was_typed()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldAdministrator);
        await page.GotoAsync($"/{DemoLookup.Vestfold}/parter/rediger");
        await page.GetByLabel("Navn").FillAsync("Ny kommune");
        await page.GetByLabel("Kommunenummer").FillAsync("3905");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kommunenummer 3905 er allerede registrert");
        await Assertions.Expect(page.GetByLabel("Navn")).ToHaveValueAsync("Ny kommune");
        await Assertions.Expect(page.GetByLabel("Kommunenummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await AccessibilityScan.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Organisation_chart_and_public_pages_are_accessible()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/", $"/{DemoLookup.Vestfold}/organisasjonskart", $"/{DemoLookup.Vestfold}/organer", $"/{DemoLookup.Vestfold}/parter", $"/{DemoLookup.VestreViken}/organisasjonskart" })
        {
            await page.GotoAsync(path);
            await AccessibilityScan.AssertAccessibleAsync(page);
        }
        await page.GotoAsync($"/{DemoLookup.Vestfold}/organisasjonskart");
        await Assertions.Expect(page.Locator("svg.org-chart a")).Not.ToHaveCountAsync(0);
    }
}
