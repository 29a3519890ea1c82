using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>Attendance and minutes in a real browser: the autosave script, its conflict handling, and accessibility scans.</summary>
public sealed class MinutesBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Minutes_are_saved_automatically_and_a_conflict_stops_autosave_and_keeps_her_text()
    {
        var meeting = await fixture.App.CreateAsync("SSU", new DateOnly(2031, 3, 6), "Styringsinformasjon", "Vitality");
        var itemId = meeting.AgendaItems.OrderBy(i => i.SortOrder).First().Id;
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldAdministrator);

        await page.GotoAsync($"/{DemoLookup.Vestfold}/moter/{meeting.Id}/oppmote");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hent medlemmer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("deltakere er hentet");
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GotoAsync($"/{DemoLookup.Vestfold}/moter/{meeting.Id}/referat");
        await AccessibilityScan.AssertAccessibleAsync(page);
        var item = page.Locator($"#item-{itemId}");
        var summary = item.GetByLabel("Referat (Markdown)");
        await summary.FillAsync("Tallene ble presentert.");
        await Assertions.Expect(item.GetByRole(AriaRole.Status)).ToContainTextAsync("Lagret ");
        Assert.Equal("Tallene ble presentert.", await SummaryAsync(itemId));

        await item.GetByLabel("Konklusjon").FillAsync("1. Tas til orientering\nSekretariatet følger opp");
        await Assertions.Expect(item.Locator("[data-preview] li")).ToHaveTextAsync(["Tas til orientering", "Sekretariatet følger opp"]);

        // Someone else saves the same item.
        await fixture.App.WithDbAsync(async db =>
        {
            var stored = await db.AgendaItems.IgnoreQueryFilters().SingleAsync(i => i.Id == itemId);
            stored.MinutesSummary = "Den andres tekst.";
            return await db.SaveChangesAsync();
        });
        await summary.FillAsync("Tallene ble presentert og drøftet.");
        await Assertions.Expect(item.GetByRole(AriaRole.Alert)).ToContainTextAsync("Noen andre har lagret referatet for denne saken");
        await Assertions.Expect(item.Locator("[data-their-summary]")).ToHaveTextAsync("Den andres tekst.");
        await Assertions.Expect(summary).ToHaveValueAsync("Tallene ble presentert og drøftet.");
        await AccessibilityScan.AssertAccessibleAsync(page);

        await summary.FillAsync("Tallene ble presentert og drøftet. Den andres tekst.");
        await summary.BlurAsync();
        await page.WaitForTimeoutAsync(2500);
        Assert.Equal("Den andres tekst.", await SummaryAsync(itemId));

        await item.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Referatet for saken er lagret.");
        Assert.Equal("Tallene ble presentert og drøftet. Den andres tekst.", await SummaryAsync(itemId));

        await page.GetByRole(AriaRole.Button, new() { Name = "Send på høring" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Godkjenn som møteleder" })).ToBeVisibleAsync();
        await page.GotoAsync($"/{DemoLookup.Vestfold}/moter/{meeting.Id}/referat/les");
        await Assertions.Expect(page.Locator("ol.conclusion li")).ToHaveTextAsync(["Tas til orientering", "Sekretariatet følger opp"]);
        await AccessibilityScan.AssertAccessibleAsync(page);
    }

    private Task<string?> SummaryAsync(int itemId) =>
        fixture.App.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().Where(i => i.Id == itemId).Select(i => i.MinutesSummary).SingleAsync());
}
