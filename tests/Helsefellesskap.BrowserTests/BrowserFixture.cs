using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>
/// The application on a real port (SQLite, demo data) and Debian's Chromium driven by Playwright.
/// Never downloads a browser: the path comes from <c>HF_CHROMIUM</c> (set by ./test.sh), else /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SqliteAppFactory factory = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public SqliteAppFactory App => factory;

    public async Task InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HF_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context on the application, in Norwegian (dispose it when the test is done); its waits are generous because CI machines have two busy cores.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nb-NO" });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    /// <summary>Signs in to Vestfold with the demo password; the secretariat's account also asks for its TOTP code.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/konto/logg-inn");
        await page.GetByLabel("E-post").FillAsync(email);
        await page.GetByLabel("Passord", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        if (email == DemoAccounts.VestfoldAdministrator)
        {
            await page.GetByLabel("Kode").FillAsync(Totp.Code(DemoAccounts.AuthenticatorKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "Bekreft" }).ClickAsync();
        }
        await page.WaitForURLAsync($"**/{DemoLookup.Vestfold}");
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await factory.DisposeAsync();
    }
}
