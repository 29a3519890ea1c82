using System.Text.Json;
using Helsefellesskap.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>Every page of the public site, as an anonymous visitor opens it, scanned for accessibility.</summary>
public sealed class PublicSiteBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task Every_public_page_is_accessible()
    {
        var ssu = await fixture.App.BodyAsync(Vestfold, "SSU");
        // A demo meeting with published minutes, preferably with a restricted item and attachments: the page at its fullest.
        var meetingId = await fixture.App.WithDbAsync(db => db.Meetings.IgnoreQueryFilters()
            .Where(m => m.CommunityId == ssu.CommunityId && m.MinutesPublishedAtUtc != null)
            .OrderByDescending(m => m.AgendaItems.Any(i => i.IsRestricted))
            .ThenByDescending(m => m.AgendaItems.Count(i => i.Attachments.Any()))
            .Select(m => m.Id)
            .FirstAsync());
        string[] pages =
        [
            $"/{Vestfold}", $"/{Vestfold}/organer", $"/{Vestfold}/organer/{ssu.Id}", $"/{Vestfold}/organisasjonskart",
            $"/{Vestfold}/parter", $"/{Vestfold}/innsyn", $"/{Vestfold}/innsyn?organ={ssu.Id}&ar=2024",
            $"/{Vestfold}/innsyn?organ=x&ar=y", $"/{Vestfold}/innsyn/moter/{meetingId}",
        ];
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var url in pages)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response?.Status == 200, $"GET {url} gave {response?.Status}");
            await AccessibilityScan.AssertAccessibleAsync(page);
        }
        await page.GotoAsync($"/{Vestfold}/innsyn/moter/{meetingId}");
        await Assertions.Expect(page.Locator("#referat h3").First).ToBeVisibleAsync();

        foreach (var url in new[] { $"/{Vestfold}/innsyn/moter/99999999", "/finnes-ikke" })
        {
            var missing = await page.GotoAsync(url);
            Assert.Equal(404, missing?.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fant ikke siden" })).ToBeVisibleAsync();
            await AccessibilityScan.AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task A_keyboard_user_reaches_the_calendar_a_meeting_and_its_documents_from_the_front_page()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Vestfold}");
        await TabToAsync(page, "Møtekalender", $"/{Vestfold}/innsyn");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/{Vestfold}/innsyn");

        await page.GotoAsync($"/{Vestfold}");
        await TabToAsync(page, "Referat", "#referat");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/{Vestfold}/innsyn/moter/**");
        await TabToAsync(page, "Innkalling", "/innkalling.pdf");
        await TabToAsync(page, "Referat", "/referat.pdf");
    }

    [Fact]
    public async Task A_keyboard_user_searches_from_the_front_page_and_reaches_a_meeting_and_its_attachment()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Vestfold}");
        await TabUntilAsync(page, "() => document.activeElement?.getAttribute('name') === 'q'", "the search box");
        await page.Keyboard.TypeAsync("2024.28");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/{Vestfold}/sok?q=**");

        await TabUntilAsync(page, "() => (document.activeElement?.getAttribute('href') ?? '').includes('/innsyn/moter/')", "a result on a meeting page");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/{Vestfold}/innsyn/moter/**");
        await TabToAsync(page, "Innkalling", "/innkalling.pdf");
        await TabToAsync(page, "Samarbeidsavtalene – status for revisjon", "/innsyn/vedlegg/");
    }

    /// <summary>Presses Tab until the focused link's text starts with <paramref name="text"/> and its address contains <paramref name="hrefPart"/>.</summary>
    private static Task TabToAsync(IPage page, string text, string hrefPart) =>
        TabUntilAsync(
            page,
            $"() => (document.activeElement?.textContent?.trim() ?? '').startsWith({JsonSerializer.Serialize(text)}) && (document.activeElement?.getAttribute('href') ?? '').includes({JsonSerializer.Serialize(hrefPart)})",
            $"a link «{text}» to «{hrefPart}»");

    /// <summary>Presses Tab until <paramref name="isFocused"/> (a JavaScript function) is true.</summary>
    private static async Task TabUntilAsync(IPage page, string isFocused, string what)
    {
        for (var n = 0; n < 150; n++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(isFocused))
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached {what} on {page.Url}");
    }
}
