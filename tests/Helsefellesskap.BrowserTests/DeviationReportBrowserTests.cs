using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>The report form in a real browser: unit filtering, autosave that creates the draft, a refused field, sending; the overview.</summary>
public sealed partial class DeviationReportBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_nurse_writes_a_report_that_is_saved_as_she_types_and_sends_it()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldStaff);

        await page.GotoAsync($"/{DemoLookup.Vestfold}/avvik");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Meld avvik" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Meldende enhet")).ToHaveValueAsync(new Regex("^[0-9]+$"));
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GetByLabel("Mottakende partner").SelectOptionAsync(new SelectOptionValue { Label = "Sykehuset i Vestfold HF" });
        var receivingUnits = page.GetByLabel("Mottakende enhet");
        await Assertions.Expect(receivingUnits.Locator("optgroup:not([hidden])")).ToHaveAttributeAsync("label", "Sykehuset i Vestfold HF");
        await receivingUnits.SelectOptionAsync(new SelectOptionValue { Label = "Medisinsk klinikk" });
        await page.GetByLabel("Kategori", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 3 });
        await page.GetByRole(AriaRole.Radio, new() { Name = "Liten" }).CheckAsync();
        await page.GetByLabel("Hva skjedde?").FillAsync("Kom hjem fra sykehuset uten epikrise i nettleseren.");
        await page.GetByLabel("Strakstiltak").FillAsync("Ringte 922 33 444 for å få den.");
        await page.GetByLabel("Forslag til forbedring").FocusAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Last).ToContainTextAsync("1 felt ble ikke lagret");
        await Assertions.Expect(page).ToHaveURLAsync(DraftUrl());
        var id = int.Parse(DraftUrl().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("#Input_ImmediateAction-error")).ToContainTextAsync("telefonnummer");
        var draft = await ReportAsync(id);
        Assert.Equal("Kom hjem fra sykehuset uten epikrise i nettleseren.", draft.WhatHappened);
        Assert.Null(draft.ImmediateAction);
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GetByLabel("Strakstiltak").FillAsync("Ringte avdelingen for å få den.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send avviket" }).ClickAsync();
        await page.WaitForURLAsync($"**/{DemoLookup.Vestfold}/avvik/{id}");
        var sent = await ReportAsync(id);
        Assert.Equal(DeviationState.Sent, sent.State);
        Assert.Equal("Ringte avdelingen for å få den.", sent.ImmediateAction);

        await using var secretariatContext = await fixture.NewContextAsync();
        var secretariat = await secretariatContext.NewPageAsync();
        await BrowserFixture.SignInAsync(secretariat, DemoAccounts.VestfoldAdministrator);
        await secretariat.GotoAsync($"/{DemoLookup.Vestfold}/avvik/oversikt");
        await Assertions.Expect(secretariat.GetByRole(AriaRole.Cell, new() { Name = "Tønsberg kommune – Sone nord" }).First).ToBeVisibleAsync();
        await AccessibilityScan.AssertAccessibleAsync(secretariat);
    }

    private Task<DeviationReport> ReportAsync(int id) =>
        fixture.App.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    [GeneratedRegex(@"/avvik/meld/(\d+)$")]
    private static partial Regex DraftUrl();
}
