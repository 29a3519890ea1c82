using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Agreements.Public;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The Vestfold agreement family of the demo: as the seeds describe it, adopted by the six councils and the hospital board.</summary>
public abstract class AgreementDemoDataTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    /// <summary>The overarching agreement, three sub-agreements, seven of the old structure and two procedures.</summary>
    private const int DemoAgreements = 13;

    /// <summary>The demo's agreements are the community's first (tests add theirs later).</summary>
    private async Task<List<Agreement>> FamilyAsync()
    {
        var communityId = await factory.CommunityIdAsync(Vestfold);
        return await factory.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().AsNoTracking().AsSplitQuery()
            .Where(a => a.CommunityId == communityId)
            .OrderBy(a => a.Id).Take(DemoAgreements)
            .Include(a => a.Parties).ThenInclude(p => p.Partner)
            .Include(a => a.Versions).ThenInclude(v => v.Adoptions).ThenInclude(x => x.Partner)
            .Include(a => a.Versions).ThenInclude(v => v.TreatedInItem)
            .Include(a => a.Versions).ThenInclude(v => v.Hearings)
            .Include(a => a.Versions).ThenInclude(v => v.Coverage)
            .Include(a => a.RequirementList).ThenInclude(l => l!.Topics)
            .Include(a => a.Reviews)
            .Include(a => a.Evaluations)
            .ToListAsync());
    }

    private async Task<Dictionary<int, AgreementState>> StatesAsync(IEnumerable<Agreement> agreements)
    {
        var ids = agreements.Select(a => a.Id).ToList();
        return await factory.WithDbAsync(db => AgreementStates.EvaluateAsync(
            db.Agreements.IgnoreQueryFilters().Where(a => ids.Contains(a.Id)), OsloTime.Today(TimeProvider.System)));
    }

    [Fact]
    public async Task The_overarching_agreement_has_versions_2_to_5_as_the_seeds_version_table_and_5_is_in_force_adopted_by_all_seven_partners()
    {
        var family = await FamilyAsync();
        var overarching = Assert.Single(family, a => a.Kind == AgreementKind.Overarching);
        Assert.Equal(VestfoldAgreements.OverarchingTitle, overarching.Title);
        Assert.Contains("§ 6-2", overarching.LegalReferences);
        Assert.Contains("§ 2-1 e", overarching.LegalReferences);
        var versions = overarching.Versions.OrderBy(v => v.Number).ToList();
        Assert.Equal([2, 3, 4, 5], versions.Select(v => v.Number));
        Assert.Equal(("5", "SMH møte 2013.3"), (versions[0].ChaptersChanged, versions[0].TreatedInText));
        Assert.Equal("10 og 12", versions[1].ChaptersChanged);
        Assert.Contains("Tvisteløsningsnemd", versions[1].ChangeSummary);
        Assert.Contains("Delavtale d) er delt i to", versions[1].ChangeSummary);
        Assert.Equal(("Hele", "SU 060619"), (versions[2].ChaptersChanged, versions[2].TreatedInText));
        var v5 = versions[3];
        Assert.Equal("Hele", v5.ChaptersChanged);
        Assert.Equal("2022.39", v5.TreatedInItem?.CaseNumber);
        foreach (var chapter in new[] { "## 1. Formål", "## 2. Omfang og ansvar", "## 3. Prinsipper for samhandling", "## 4. Organisering av samarbeid",
            "### 4.2 Delavtaler", "## 5. Kostnader", "## 6. Håndtering av avvik, uenighet og mislighold", "## 7. Varighet, revisjon og oppsigelse" })
        {
            Assert.Contains(chapter, v5.Text);
        }

        var state = (await StatesAsync([overarching]))[overarching.Id];
        Assert.Equal(v5.Id, state.InForceVersionId);
        Assert.All(versions.Take(3), v => Assert.Equal(VersionStatus.Replaced, state.Of(v.Id)));
        Assert.Equal(7, overarching.Parties.Count);
        Assert.Equal(6, overarching.Parties.Count(p => p.Partner!.Kind == PartnerKind.Municipality));
        Assert.Single(overarching.Parties, p => p.Partner!.Kind == PartnerKind.HospitalTrust);
        Assert.Equal(overarching.Parties.Select(p => p.PartnerId).Order(), v5.Adoptions.Select(a => a.PartnerId).Order());
        Assert.All(v5.Adoptions, a => Assert.Equal(2023, a.AdoptedOn.Year));
        Assert.All(v5.Adoptions, a => Assert.True(a.AdoptedOn <= v5.InForceFrom));
        Assert.All(v5.Adoptions, a => Assert.False(string.IsNullOrEmpty(a.Reference)));
        Assert.Contains(v5.Adoptions, a => a.DecidedBy == "Bystyret i Tønsberg");
        Assert.Contains(v5.Adoptions, a => a.DecidedBy == "Styret for SiV HF");
        Assert.Equal(5, v5.Adoptions.Count(a => a.DecidedBy!.StartsWith("Kommunestyret i ", StringComparison.Ordinal)));
        Assert.NotEmpty(overarching.Reviews);
    }

    [Fact]
    public async Task The_three_sub_agreements_stand_as_the_annual_report_says_with_the_old_sub_agreements_and_procedures_under_the_overarching_agreement()
    {
        var family = await FamilyAsync();
        var overarching = family.Single(a => a.Kind == AgreementKind.Overarching);
        var states = await StatesAsync(family);
        var preparedness = family.Single(a => a.Title == VestfoldAgreements.PreparednessTitle);
        var competence = family.Single(a => a.Title == VestfoldAgreements.CompetenceTitle);
        var pathways = family.Single(a => a.Title == VestfoldAgreements.PathwaysTitle);
        Assert.All(new[] { preparedness, competence, pathways }, a => Assert.Equal(overarching.Id, a.ParentId));

        // Preparedness: adopted in 2023 and in force, under revision with a draft on hearing after SSU 2024.17/2024.28.
        Assert.Equal(AgreementStatus.UnderRevision, states[preparedness.Id].Status);
        var inForce = preparedness.Versions.Single(v => v.Id == states[preparedness.Id].InForceVersionId);
        Assert.All(inForce.Adoptions, a => Assert.Equal(2023, a.AdoptedOn.Year));
        var draft = preparedness.Versions.Single(v => v.Number == 2);
        Assert.Equal(VersionStatus.OnHearing, states[preparedness.Id].Of(draft.Id));
        Assert.Equal("2024.28", draft.TreatedInItem?.CaseNumber);
        Assert.Equal(VestfoldAgreements.PreparednessListName, preparedness.RequirementList?.Name);
        var missing = preparedness.RequirementList!.Topics.Select(t => t.Id).Except(draft.Coverage.Select(c => c.TopicId)).ToList();
        Assert.InRange(missing.Count, 1, preparedness.RequirementList.Topics.Count - 1);
        Assert.True(inForce.Coverage.Count < draft.Coverage.Count);

        // Competence, education and research: adopted in 2023, in force.
        Assert.Equal(AgreementStatus.InForce, states[competence.Id].Status);

        // Patient pathways: drafts only, not agreed, adopted by some partners.
        Assert.Equal(AgreementStatus.Draft, states[pathways.Id].Status);
        Assert.Null(states[pathways.Id].InForceVersionId);
        Assert.Contains("Foreløpig ikke enighet", pathways.Description);
        var adopters = pathways.Versions.SelectMany(v => v.Adoptions).Select(a => a.PartnerId).Distinct().Count();
        Assert.InRange(adopters, 1, pathways.Parties.Count - 1);
        Assert.Equal(VestfoldAgreements.PathwaysListName, pathways.RequirementList?.Name);
        Assert.Contains(pathways.RequirementList!.Topics, t => t.Source == "hol. § 6-2 nr. 13");

        // The old sub-agreements a–k and the procedures, each with owner, responsible person, law and patient groups.
        foreach (var code in new[] { "a", "b", "c", "e", "f", "k" })
        {
            var old = family.Single(a => a.Code == code && a.ParentId == overarching.Id);
            Assert.Equal(AgreementStatus.InForce, states[old.Id].Status);
        }
        Assert.Contains(family, a => a.Title.Contains("jordmortjeneste", StringComparison.Ordinal));
        Assert.Equal(AgreementKind.Guideline, family.Single(a => a.Code == "c" && a.ParentId == overarching.Id).Kind);
        var deviations = family.Single(a => a.Title == "Prosedyre for samhandlingsavvik");
        Assert.Equal("2022.40", deviations.Versions.Single(v => v.Id == states[deviations.Id].InForceVersionId).TreatedInItem?.CaseNumber);
        var transfers = family.Single(a => a.Title.StartsWith("Prosedyre for spesielt krevende pasientoverføringer", StringComparison.Ordinal));
        Assert.Equal(AgreementKind.Procedure, transfers.Kind);
        Assert.Equal([5, 12], transfers.Evaluations.Select(e => e.PlannedOn.Month).Order());
        Assert.All(family, a =>
        {
            Assert.NotNull(a.OwnerBodyId);
            Assert.False(string.IsNullOrEmpty(a.LegalReferences));
            Assert.False(string.IsNullOrEmpty(a.PatientGroups));
        });
        Assert.All(family.Where(a => states[a.Id].InForceVersionId is not null), a =>
            Assert.True(a.Versions.Single(v => v.Id == states[a.Id].InForceVersionId).Adoptions.Count == a.Parties.Count));
    }

    [Fact]
    public async Task The_public_family_tree_shows_the_agreements_in_force_and_not_the_drafts()
    {
        var anonymous = TestClient.Anonymous(factory);
        var tree = await anonymous.GetHtmlAsync($"/{Vestfold}/avtaleverk");
        Assert.Contains(VestfoldAgreements.OverarchingTitle, tree);
        Assert.Contains(VestfoldAgreements.PreparednessTitle, tree);
        Assert.Contains(VestfoldAgreements.CompetenceTitle, tree);
        Assert.DoesNotContain(VestfoldAgreements.PathwaysTitle, tree);

        var overarching = (await FamilyAsync()).Single(a => a.Kind == AgreementKind.Overarching);
        var page = await anonymous.GetHtmlAsync(PublicAgreements.PathOf(Vestfold, overarching.Id));
        Assert.Contains("Revidert ift. helsefellesskap", page);
        Assert.Contains("SMH møte 2013.3", page);
        Assert.Contains("SSU 2022.39", page);
        Assert.Contains("Likelydende avtale er inngått", page);
        var preparedness = (await FamilyAsync()).Single(a => a.Title == VestfoldAgreements.PreparednessTitle);
        var preparednessPage = await anonymous.GetHtmlAsync(PublicAgreements.PathOf(Vestfold, preparedness.Id));
        Assert.DoesNotContain("Felles risiko- og sårbarhetsanalyse", preparednessPage);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAgreementDemoDataTests(SqliteAppFactory factory) : AgreementDemoDataTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAgreementDemoDataTests(PostgresAppFactory factory) : AgreementDemoDataTests(factory);
