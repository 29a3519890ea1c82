using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>The public search page in a real browser, scanned for accessibility with results and with a message.</summary>
public sealed class SearchBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_search_page_is_accessible_with_results_and_with_a_message()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/vestfold/sok");
        await page.GetByLabel("Søkeord").FillAsync("samhandlingsmidler");
        await page.GetByLabel("Søkeord").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("treff");
        await Assertions.Expect(page.Locator(".search-results mark").First).ToBeVisibleAsync();
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GetByLabel("Søkeord").FillAsync("\"og det\" *");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søk" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ingen ord det kan søkes etter");
        await Assertions.Expect(page.GetByLabel("Søkeord")).ToHaveValueAsync("\"og det\" *");
        await AccessibilityScan.AssertAccessibleAsync(page);
    }
}
