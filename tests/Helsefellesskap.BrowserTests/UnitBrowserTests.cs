using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.People;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>Units, the taxonomy and deviation roles in a real browser, scanned for accessibility.</summary>
public sealed class UnitBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task A_quality_contact_adds_a_unit_to_her_partners_tree()
    {
        var name = $"Dagsenter {Guid.NewGuid().ToString("N")[..6]}";
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldMunicipalQuality);

        await page.GotoAsync($"/{Vestfold}/enheter");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny enhet" }).ClickAsync();
        await page.GetByLabel("Ligger under").SelectOptionAsync(new SelectOptionValue { Label = "Hjemmetjenesten" });
        await page.GetByLabel("Navn").FillAsync("Sone nord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Det finnes allerede en enhet som heter «Sone nord»");
        await Assertions.Expect(page.GetByLabel("Navn")).ToHaveAttributeAsync("aria-invalid", "true");
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GetByLabel("Navn").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Endringene er lagret.");
        await Assertions.Expect(page.Locator("li", new() { HasText = "Hjemmetjenesten" }).Locator("li", new() { HasText = name })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_secretariats_taxonomy_roles_and_person_pages_are_accessible()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldAdministrator);
        var personId = await fixture.App.AnyIdAsync<Person>(Vestfold);

        foreach (var path in new[] { "avvikskategorier", "avvikskategorier/rediger", "avvikstilganger", "avvikstilganger/rediger", $"personer/rediger/{personId}", $"personer/{personId}" })
        {
            await page.GotoAsync($"/{Vestfold}/{path}");
            await AccessibilityScan.AssertAccessibleAsync(page);
        }
        await page.GotoAsync($"/{Vestfold}/avvikstilganger/rediger");
        await page.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = "Kvalitetskontakt for partner" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg parten personen skal være kvalitetskontakt for.");
        await AccessibilityScan.AssertAccessibleAsync(page);
    }
}
