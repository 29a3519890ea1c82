using System.Globalization;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>
/// A meeting from first draft to the follow-up on the next agenda, in a real browser: the agenda builder,
/// the notice, attendance, minutes and a task from a conclusion point, with an accessibility scan of every page.
/// FU-HR in 2041 has no demo meetings, so the case numbers start at 2041.1.
/// </summary>
public sealed partial class MeetingFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Body = "Fagutvalg for HR-samarbeid (FU-HR)";
    private const string FirstTitle = "Rekruttering av sykepleiere 2041";
    private const string SecondTitle = "Felles turnusordning";
    private const string PointOne = "Sekretariatet utreder en felles turnusordning";
    private static readonly string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task Secretariat_runs_a_meeting_from_agenda_to_follow_up_on_the_next_agenda()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldAdministrator);
        await page.GotoAsync($"/{Vestfold}/moter");
        await AccessibilityScan.AssertAccessibleAsync(page);

        var nextMeetingId = await CreateMeetingAsync(page, new DateOnly(2041, 10, 17), scan: true);
        var meetingId = await CreateMeetingAsync(page, new DateOnly(2041, 3, 7), scan: false);

        // The agenda: standard items, two items of our own, the second moved above the first.
        await page.GotoAsync($"/{Vestfold}/moter/{meetingId}/dagsorden");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til standardsaker" }).ClickAsync();
        await Assertions.Expect(page.Locator("#agenda-list li")).Not.ToHaveCountAsync(0);
        await AddItemAsync(page, meetingId, FirstTitle);
        await AccessibilityScan.AssertAccessibleAsync(page);
        await AddItemAsync(page, meetingId, SecondTitle);
        await page.GotoAsync($"/{Vestfold}/moter/{meetingId}/dagsorden");
        var ours = page.Locator("#agenda-list .agenda-title").Filter(new() { HasTextRegex = new Regex("Rekruttering|turnus") });
        await Assertions.Expect(ours)
            .ToHaveTextAsync([FirstTitle, SecondTitle]);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Flytt opp: {SecondTitle}" }).ClickAsync();
        await Assertions.Expect(ours)
            .ToHaveTextAsync([SecondTitle, FirstTitle]);
        await AssertNumbersFollowOrderAsync(page);
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = SecondTitle, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/saker/rediger/**");
        var itemId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        await page.GetByLabel("Orientering").CheckAsync();
        await page.GetByLabel("Diskusjon").CheckAsync();
        await page.GetByLabel("Beskrivelse").FillAsync("Kommunene og sykehuset har **ulike** turnusordninger.");
        await page.GetByLabel("Forslag til konklusjon").FillAsync("Sekretariatet utreder saken.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Vestfold}/saker/{itemId}");
        await Assertions.Expect(page.Locator("dt:text-is('Type sak') + dd")).ToHaveTextAsync("Orientering Diskusjon");
        await Assertions.Expect(page.Locator("main strong", new() { HasText = "ulike" })).ToBeVisibleAsync();
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Se hele saksgangen" }).ClickAsync();
        await page.WaitForURLAsync("**/saksganger/**");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(SecondTitle);
        await AccessibilityScan.AssertAccessibleAsync(page);

        // The notice freezes the numbers and fills the participants from the memberships.
        await page.GotoAsync($"/{Vestfold}/moter/{meetingId}/innkalling");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send innkalling" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Vestfold}/moter/{meetingId}");
        await Assertions.Expect(page.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Innkalling sendt");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GotoAsync($"/{Vestfold}/moter/{meetingId}/dagsorden");
        var numbered = page.Locator("#agenda-list li").Filter(new() { HasNotText = "–" });
        await Assertions.Expect(numbered.Filter(new() { HasNotText = "Låst nummer" })).ToHaveCountAsync(0);
        await Assertions.Expect(numbered).Not.ToHaveCountAsync(0);
        await AssertNumbersFollowOrderAsync(page);

        // Attendance.
        await page.GotoAsync($"/{Vestfold}/moter/{meetingId}/oppmote");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByLabel("Oppmøte for Gro Vatne").SelectOptionAsync(new SelectOptionValue { Label = "Til stede" });
        await page.GetByLabel("Oppmøte for Morten Liabø").SelectOptionAsync(new SelectOptionValue { Label = "Til stede" });
        await page.GetByLabel("Oppmøte for Ida Kristiansen").SelectOptionAsync(new SelectOptionValue { Label = "Forfall" });
        await page.GetByLabel("Gro Vatne er møteleder").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre oppmøte" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Endringene er lagret.");
        await Assertions.Expect(page.GetByLabel("Oppmøte for Ida Kristiansen")).ToHaveValueAsync("Absent");
        await Assertions.Expect(page.GetByLabel("Gro Vatne er møteleder")).ToBeCheckedAsync();
        await AccessibilityScan.AssertAccessibleAsync(page);

        // Minutes, circulated and approved.
        await page.GotoAsync($"/{Vestfold}/moter/{meetingId}/referat");
        await AccessibilityScan.AssertAccessibleAsync(page);
        var minutes = page.Locator($"#item-{itemId}");
        await minutes.GetByLabel("Referat (Markdown)").FillAsync("Sekretariatet la fram en oversikt over turnusordningene.");
        await minutes.GetByLabel("Konklusjon").FillAsync($"{PointOne}\nSaken tas opp igjen i neste møte");
        await minutes.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Referatet for saken er lagret.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send på høring" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Godkjenn som møteleder" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publiser" })).ToBeVisibleAsync();
        await AccessibilityScan.AssertAccessibleAsync(page);

        // A task from conclusion point 1, to be taken up at the next meeting.
        await page.GotoAsync($"/{Vestfold}/saker/{itemId}");
        await Assertions.Expect(page.Locator("ol.conclusion-points > li")).ToHaveCountAsync(2);
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Lag oppfølgingsoppgave for punkt 1" }).ClickAsync();
        await page.WaitForURLAsync("**/oppfolging/rediger?**");
        await Assertions.Expect(page.GetByLabel("Oppgave")).ToHaveValueAsync(PointOne);
        await AccessibilityScan.AssertAccessibleAsync(page);
        var owner = page.GetByLabel("Ansvarlig person");
        var gro = await owner.Locator("option", new() { HasText = "Gro Vatne" }).First.GetAttributeAsync("value");
        await owner.SelectOptionAsync(gro!);
        await page.GetByLabel("Tas opp i møte").SelectOptionAsync(new SelectOptionValue { Label = "FU-HR 17.10.2041" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Vestfold}/oppfolging");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Endringene er lagret.");

        // The next meeting's builder suggests it.
        await page.GotoAsync($"/{Vestfold}/moter/{nextMeetingId}/dagsorden");
        var suggestions = page.GetByRole(AriaRole.Region, new() { Name = "Foreslåtte saker fra oppfølging" });
        await Assertions.Expect(suggestions).ToContainTextAsync(PointOne);
        await AccessibilityScan.AssertAccessibleAsync(page);
        await suggestions.GetByRole(AriaRole.Button, new() { Name = $"Sett på dagsorden: {PointOne}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#agenda-list").GetByRole(AriaRole.Link, new() { Name = PointOne })).ToBeVisibleAsync();
        await Assertions.Expect(suggestions).ToBeHiddenAsync();
        var fromTask = await fixture.App.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters()
            .Where(i => i.MeetingId == nextMeetingId && i.FromFollowUpTaskId != null).CountAsync());
        Assert.Equal(1, fromTask);

        await page.GotoAsync($"/{Vestfold}/moteplaner");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.Locator("main table a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/moteplaner/\d+$"));
        await AccessibilityScan.AssertAccessibleAsync(page);

        await using var memberContext = await fixture.NewContextAsync();
        var member = await memberContext.NewPageAsync();
        await BrowserFixture.SignInAsync(member, DemoAccounts.VestfoldMember);
        await member.GotoAsync($"/{Vestfold}/mine-moter");
        await Assertions.Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Mine møter", Level = 1 })).ToBeVisibleAsync();
        await AccessibilityScan.AssertAccessibleAsync(member);
    }

    [Fact]
    public async Task Secretariat_drafts_a_meeting_plan_and_can_remove_a_date_again()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldAdministrator);
        await page.GotoAsync($"/{Vestfold}/moteplaner/rediger");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByLabel("Organ").SelectOptionAsync(new SelectOptionValue { Label = Body });
        await page.GetByLabel("År").FillAsync("2042");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/moteplaner/\d+$"));

        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync("2042-03-05");
        await page.GetByLabel("Fra", new() { Exact = true }).FillAsync("09:00");
        await page.GetByLabel("Til", new() { Exact = true }).FillAsync("11:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Slett møtedatoen 05.03.2042" })).ToBeVisibleAsync();
        await AccessibilityScan.AssertAccessibleAsync(page);
    }

    private static async Task<int> CreateMeetingAsync(IPage page, DateOnly date, bool scan)
    {
        await page.GotoAsync($"/{Vestfold}/moter/rediger");
        if (scan)
        {
            await AccessibilityScan.AssertAccessibleAsync(page);
        }
        await page.GetByLabel("Organ").SelectOptionAsync(new SelectOptionValue { Label = Body });
        await page.GetByLabel("Dato").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Starttid").FillAsync("09:00");
        await page.GetByLabel("Sluttid").FillAsync("11:30");
        await page.GetByLabel("Sted").FillAsync("Tønsberg, møterom Slottsfjell");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await page.WaitForURLAsync(MeetingPage());
        return int.Parse(MeetingPage().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task AddItemAsync(IPage page, int meetingId, string title)
    {
        await page.GotoAsync($"/{Vestfold}/moter/{meetingId}/dagsorden");
        await page.GetByLabel("Tittel").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til sak" }).ClickAsync();
        await page.WaitForURLAsync("**/saker/rediger/**");
        await Assertions.Expect(page.GetByLabel("Tittel")).ToHaveValueAsync(title);
    }

    /// <summary>The numbers in the builder run 2041.1, 2041.2 … from the top, skipping unnumbered items.</summary>
    private static async Task AssertNumbersFollowOrderAsync(IPage page)
    {
        var shown = (await page.Locator("#agenda-list .case-number").AllInnerTextsAsync()).Select(n => n.Trim()).Where(n => n != "–").ToList();
        Assert.NotEmpty(shown);
        Assert.Equal(Enumerable.Range(1, shown.Count).Select(n => $"2041.{n}"), shown);
    }

    [GeneratedRegex(@"/moter/(\d+)$")]
    private static partial Regex MeetingPage();
}
