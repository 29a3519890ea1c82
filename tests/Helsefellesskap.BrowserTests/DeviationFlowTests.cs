using System.Globalization;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>
/// The main flow: a municipal nurse reports a missing discharge summary, the hospital acknowledges and answers,
/// she accepts, and the statistics count it — every page scanned with axe-core.
/// </summary>
public sealed class DeviationFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task A_missing_discharge_summary_is_reported_answered_accepted_and_counted()
    {
        await using var secretariatContext = await fixture.NewContextAsync();
        var secretariat = await secretariatContext.NewPageAsync();
        await BrowserFixture.SignInAsync(secretariat, DemoAccounts.VestfoldAdministrator);
        var acceptedBefore = await AcceptedThisYearAsync(secretariat);

        await using var nurseContext = await fixture.NewContextAsync();
        var nurse = await nurseContext.NewPageAsync();
        await BrowserFixture.SignInAsync(nurse, DemoAccounts.VestfoldStaff);
        await nurse.GotoAsync($"/{Vestfold}/avvik/meld");
        await nurse.GetByLabel("Mottakende partner").SelectOptionAsync(new SelectOptionValue { Label = "Sykehuset i Vestfold HF" });
        await nurse.GetByLabel("Dato for hendelsen").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await nurse.GetByRole(AriaRole.Radio, new() { Name = "Kveld (16–24)" }).CheckAsync();
        await nurse.GetByLabel("Fase i pasientforløpet").SelectOptionAsync(new SelectOptionValue { Label = "Utskrivning" });
        await nurse.GetByLabel("Kategori", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "C Utskrivning og epikrise" });
        await nurse.GetByLabel("Underkategori").SelectOptionAsync(new SelectOptionValue { Label = "C1 Manglende epikrise" });
        await nurse.GetByRole(AriaRole.Radio, new() { Name = "Moderat" }).CheckAsync();
        await nurse.GetByLabel("Hva skjedde?").FillAsync(
            "Pasienten kom hjem fra sykehuset fredag kveld uten epikrise og uten oppdatert legemiddelliste.");
        await nurse.GetByLabel("Strakstiltak").FillAsync("Ringte sengeposten og fikk muntlig overlevering.");
        await AccessibilityScan.AssertAccessibleAsync(nurse);
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Send avviket" }).ClickAsync();
        await nurse.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/{Vestfold}/avvik/\\d+$"));
        var caseUrl = new Uri(nurse.Url).AbsolutePath;
        await Assertions.Expect(nurse.Locator("main")).ToContainTextAsync("Sendt");
        await AccessibilityScan.AssertAccessibleAsync(nurse);

        await using var hospitalContext = await fixture.NewContextAsync();
        var hospital = await hospitalContext.NewPageAsync();
        await BrowserFixture.SignInAsync(hospital, DemoAccounts.VestfoldHospitalQuality);
        await hospital.GotoAsync($"/{Vestfold}/avvik");
        await AccessibilityScan.AssertAccessibleAsync(hospital);
        await hospital.GotoAsync(caseUrl);
        await AccessibilityScan.AssertAccessibleAsync(hospital);
        await hospital.GetByRole(AriaRole.Button, new() { Name = "Bekreft mottatt" }).ClickAsync();
        await Assertions.Expect(hospital.GetByRole(AriaRole.Button, new() { Name = "Send svar" })).ToBeVisibleAsync();
        await hospital.GetByLabel("Svar til melderen").FillAsync(
            "Epikrisen ble ikke sendt fordi legen ikke signerte før helgen. Vi har innført kontroll av signerte epikriser før utskrivning.");
        await hospital.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();
        await Assertions.Expect(hospital.Locator("main")).ToContainTextAsync("Besvart");
        await AccessibilityScan.AssertAccessibleAsync(hospital);

        await nurse.GotoAsync(caseUrl);
        await Assertions.Expect(nurse.Locator("main")).ToContainTextAsync("kontroll av signerte epikriser");
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Godta svaret" }).ClickAsync();
        await Assertions.Expect(nurse.Locator("main")).ToContainTextAsync("Godtatt");
        await AccessibilityScan.AssertAccessibleAsync(nurse);

        Assert.Equal(acceptedBefore + 1, await AcceptedThisYearAsync(secretariat));
        await AccessibilityScan.AssertAccessibleAsync(secretariat);
    }

    /// <summary>The dashboard's count of accepted reports sent this year, as the secretariat sees it (no suppression).</summary>
    private static async Task<int> AcceptedThisYearAsync(IPage page)
    {
        await page.GotoAsync($"/{Vestfold}/avvik/statistikk?ar={DateTime.Today.Year}");
        var cell = page.Locator("table:has(caption:text-is('Status')) tr:has(th:text-is('Godtatt')) td");
        var text = await cell.CountAsync() == 0 ? "0" : await cell.First.InnerTextAsync();
        return int.Parse(string.Concat(text.Where(char.IsAsciiDigit)), CultureInfo.InvariantCulture);
    }
}
