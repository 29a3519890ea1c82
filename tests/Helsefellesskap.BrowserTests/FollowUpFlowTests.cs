using System.Globalization;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Tests.Integration;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>The follow-up pages and the member view in a real browser, scanned for accessibility.</summary>
public sealed class FollowUpFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Today = OsloTime.Today(TimeProvider.System);

    [Fact]
    public async Task Secretariat_turns_a_conclusion_point_into_a_task_and_the_member_sees_hers()
    {
        var data = await FollowUpData.ForAsync(fixture.App, DemoLookup.Vestfold);
        var body = await data.BodyAsync();
        var held = await data.MeetingAsync(body, Today.AddDays(-14), m => (m.Status, m.MinutesStatus) = (MeetingStatus.Held, MinutesStatus.Circulated));
        var item = await data.ItemAsync(held, $"1. Sekretariatet lager et notat {data.Suffix}\n2. Saken tas opp igjen");
        await data.TaskAsync($"Forfalt oppgave {data.Suffix}", t => (t.OwnerBodyId, t.DueDate) = (body.Id, Today.AddDays(-3)));
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldAdministrator);

        await page.GotoAsync($"/{DemoLookup.Vestfold}/oppfolging?organ={body.Id}");
        await Assertions.Expect(page.Locator("tr", new() { HasText = $"Forfalt oppgave {data.Suffix}" })).ToContainTextAsync("Forfalt");
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GotoAsync($"/{DemoLookup.Vestfold}/oppfolging/rediger?sak={item.Id}&punkt=1");
        await Assertions.Expect(page.GetByLabel("Oppgave")).ToHaveValueAsync($"Sekretariatet lager et notat {data.Suffix}");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByLabel("Frist", new() { Exact = true }).FillAsync(Iso(Today.AddDays(-1)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fristen kan ikke være tilbake i tid.");
        await Assertions.Expect(page.GetByLabel("Frist", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByLabel("Frist", new() { Exact = true }).FillAsync(Iso(Today.AddDays(7)));
        await page.GetByLabel("Ansvarlig person").SelectOptionAsync(new SelectOptionValue { Label = "Marianne Kjos Lie, Horten kommune" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        await page.WaitForURLAsync($"**/{DemoLookup.Vestfold}/oppfolging");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Endringene er lagret.");
        var task = await fixture.App.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters().SingleAsync(t => t.SourceAgendaItemId == item.Id));
        Assert.Equal(1, task.SourcePointNumber);

        await using var memberContext = await fixture.NewContextAsync();
        var member = await memberContext.NewPageAsync();
        var marianne = await fixture.App.WithDbAsync(db => db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == task.OwnerPersonId));
        await data.MembershipAsync(marianne, body, MembershipRole.Member, Today.AddMonths(-1));
        await data.MeetingAsync(body, Today.AddDays(21), m => (m.Location, m.Status, m.NoticeRevision, m.NoticeIssuedAtUtc) = ($"Møterom {data.Suffix}", MeetingStatus.NoticeIssued, 1, DateTime.UtcNow));
        await BrowserFixture.SignInAsync(member, DemoAccounts.VestfoldMember);
        await member.GetByRole(AriaRole.Link, new() { Name = "Mine møter" }).ClickAsync();

        await Assertions.Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Mine møter", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(member.Locator("main")).ToContainTextAsync($"Møterom {data.Suffix}");
        await Assertions.Expect(member.Locator("main")).ToContainTextAsync($"Sekretariatet lager et notat {data.Suffix}");
        await AccessibilityScan.AssertAccessibleAsync(member);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
