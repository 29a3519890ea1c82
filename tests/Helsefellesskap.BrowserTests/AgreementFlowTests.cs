using System.Globalization;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Helsefellesskap.BrowserTests;

/// <summary>
/// The agreement register in a real browser: a new version of a sub-agreement goes on hearing, a municipality
/// comments, every party adopts it and it comes into force — and the public sees it. Every page is scanned.
/// </summary>
public sealed class AgreementFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Today = OsloTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_new_version_goes_on_hearing_gets_a_comment_is_adopted_by_all_parties_and_comes_into_force()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (agreementId, parties) = await ArrangeSubAgreementAsync(suffix);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.VestfoldAdministrator);

        await page.GotoAsync($"/{DemoLookup.Vestfold}/avtaler");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Delavtale om testforløp {suffix}" })).ToBeVisibleAsync();
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Delavtale om testforløp {suffix}" }).ClickAsync();
        await AccessibilityScan.AssertAccessibleAsync(page);

        // A new version: the duplicate number is refused and what was typed stays.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny versjon" }).ClickAsync();
        await page.GetByLabel("Versjon", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("Kapitler endret").FillAsync("2");
        await page.GetByLabel("Endring", new() { Exact = true }).FillAsync($"Nytt kapittel om ansvar {suffix}");
        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync($"## 1. Formål\n\nFelles forløp.\n\n## 2. Ansvar\n\nKommunen og sykehuset deler ansvaret {suffix}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Versjon 1 finnes allerede for denne avtalen.");
        await Assertions.Expect(page.GetByLabel("Tekst", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"deler ansvaret {suffix}"));
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByLabel("Versjon", new() { Exact = true }).FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("versjon 2");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Utkast");
        await AccessibilityScan.AssertAccessibleAsync(page);

        // On hearing to the parties, with a deadline two weeks ahead.
        await page.GetByRole(AriaRole.Link, new() { Name = "Send på høring" }).ClickAsync();
        await page.GetByLabel("Høringsfrist").FillAsync(Iso(Today.AddDays(14)));
        await page.GetByLabel("Melding til høringsinstansene").FillAsync("Vi ber om innspill til kapittel 2.");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send på høring" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Utkastet er sendt på høring.");
        var hearingUrl = page.Url;
        await AccessibilityScan.AssertAccessibleAsync(page);

        // Horten kommune's representative comments on chapter 2.
        await using var memberContext = await fixture.NewContextAsync();
        var member = await memberContext.NewPageAsync();
        await BrowserFixture.SignInAsync(member, DemoAccounts.VestfoldMember);
        await member.GotoAsync($"/{DemoLookup.Vestfold}/avtaler/horinger");
        await AccessibilityScan.AssertAccessibleAsync(member);
        await member.GetByRole(AriaRole.Link, new() { Name = $"Delavtale om testforløp {suffix}" }).First.ClickAsync();
        await member.GetByRole(AriaRole.Link, new() { Name = "Gi uttalelse" }).ClickAsync();
        await member.GetByLabel("Uttalelse på vegne av").SelectOptionAsync(new SelectOptionValue { Label = "Horten kommune" });
        await member.GetByLabel("Kapittel").SelectOptionAsync(new SelectOptionValue { Label = "2. Ansvar" });
        await member.GetByLabel("Uttalelse", new() { Exact = true }).FillAsync($"Horten ønsker at ansvaret for oppfølging presiseres {suffix}.");
        await AccessibilityScan.AssertAccessibleAsync(member);
        await member.GetByRole(AriaRole.Button, new() { Name = "Send uttalelse" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("Uttalelsen er registrert.");
        await Assertions.Expect(member.Locator("main")).ToContainTextAsync($"ansvaret for oppfølging presiseres {suffix}");

        // The secretariat sees it under its chapter, marks it handled and closes the hearing.
        await page.GotoAsync(hearingUrl);
        var chapter = page.Locator("section.hearing-chapter", new() { HasText = "2. Ansvar" });
        await Assertions.Expect(chapter).ToContainTextAsync($"ansvaret for oppfølging presiseres {suffix}");
        await chapter.GetByLabel("Behandling", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tatt til følge" });
        await chapter.GetByRole(AriaRole.Button, new() { Name = "Lagre behandling" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Behandlingen av uttalelsen er lagret.");
        await AccessibilityScan.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Avslutt høringen" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Høringen er avsluttet.");

        // Every party adopts it; then it is set in force from today.
        await page.GotoAsync($"/{DemoLookup.Vestfold}/avtaler/versjoner/{await VersionIdAsync(agreementId, 2)}");
        foreach (var party in parties)
        {
            await page.GetByLabel("Part", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = party });
            await page.GetByLabel("Vedtatt dato").FillAsync(Iso(Today));
            await page.GetByLabel("Vedtatt av").FillAsync(party.EndsWith(" HF", StringComparison.Ordinal) ? "Styret" : "Kommunestyret");
            await page.GetByLabel("Referanse").FillAsync($"PS {parties.IndexOf(party) + 10}/26");
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrer vedtak" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Vedtaket er registrert.");
        }
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Alle parter har vedtatt.");
        await page.GetByLabel("I kraft fra").FillAsync(Iso(Today));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sett i kraft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Versjonen er satt i kraft fra");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Gjeldende");
        await AccessibilityScan.AssertAccessibleAsync(page);

        await page.GotoAsync($"/{DemoLookup.Vestfold}/avtaler/{agreementId}");
        var table = page.Locator("table", new() { HasText = "Behandlet i" });
        await Assertions.Expect(table.Locator("tr", new() { HasText = "Nytt kapittel om ansvar" })).ToContainTextAsync("Gjeldende");
        await Assertions.Expect(table.Locator("tr", new() { HasText = "Første versjon" })).ToContainTextAsync("Erstattet");

        // The public sees the version in force.
        await using var publicContext = await fixture.NewContextAsync();
        var visitor = await publicContext.NewPageAsync();
        await visitor.GotoAsync($"/{DemoLookup.Vestfold}/avtaleverk/{agreementId}");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync($"Kommunen og sykehuset deler ansvaret {suffix}.");
        await AccessibilityScan.AssertAccessibleAsync(visitor);
    }

    /// <summary>A sub-agreement of SiV and the six municipalities, owned by SSU, with version 1 in force.</summary>
    private async Task<(int AgreementId, List<string> Parties)> ArrangeSubAgreementAsync(string suffix) =>
        await fixture.App.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == DemoLookup.Vestfold).Select(c => c.Id).SingleAsync();
            var partners = await db.Partners.IgnoreQueryFilters()
                .Where(p => p.CommunityId == communityId && (p.Kind == PartnerKind.Municipality || p.Kind == PartnerKind.HospitalTrust))
                .OrderBy(p => p.Name).ToListAsync();
            var ssu = await db.Bodies.IgnoreQueryFilters().SingleAsync(b => b.CommunityId == communityId && b.ShortName == "SSU");
            var agreement = new Agreement
            {
                CommunityId = communityId,
                Title = $"Delavtale om testforløp {suffix}",
                Kind = AgreementKind.SubAgreement,
                OwnerBodyId = ssu.Id,
                LegalReferences = "helse- og omsorgstjenesteloven § 6-2",
                Parties = partners.Select(p => new AgreementParty { CommunityId = communityId, PartnerId = p.Id }).ToList(),
            };
            db.AgreementVersions.Add(new AgreementVersion
            {
                CommunityId = communityId,
                Agreement = agreement,
                Number = 1,
                Date = new DateOnly(2024, 1, 10),
                ChangeSummary = "Første versjon",
                Text = "## 1. Formål\n\nFelles forløp.",
                InForceFrom = new DateOnly(2024, 3, 1),
                Adoptions = partners.Select(p => new AgreementAdoption { CommunityId = communityId, PartnerId = p.Id, AdoptedOn = new DateOnly(2024, 2, 1) }).ToList(),
            });
            await db.SaveChangesAsync();
            return (agreement.Id, partners.Select(p => p.Name).ToList());
        });

    private Task<int> VersionIdAsync(int agreementId, int number) =>
        fixture.App.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters()
            .Where(v => v.AgreementId == agreementId && v.Number == number).Select(v => v.Id).SingleAsync());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
