using System.Runtime.CompilerServices;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Partners;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>The ids of one agreement of a community with a version in force, a hearing, an evaluation and a requirement list.</summary>
public sealed record TestAgreementIds(int AgreementId, int VersionId, int HearingId, int EvaluationId, int RequirementListId);

/// <summary>
/// An agreement family of one record each, made once per application and community (the tenant isolation test asks
/// for Vestre Viken's, which has no agreements in its demo data).
/// </summary>
public static class TestAgreements
{
    private static readonly ConditionalWeakTable<AppFactory, Dictionary<string, Task<TestAgreementIds>>> Made = [];

    public static Task<TestAgreementIds> AgreementRecordsAsync(this AppFactory factory, string slug)
    {
        var bySlug = Made.GetOrCreateValue(factory);
        lock (bySlug)
        {
            return bySlug.TryGetValue(slug, out var made) ? made : bySlug[slug] = CreateAsync(factory, slug);
        }
    }

    private static Task<TestAgreementIds> CreateAsync(AppFactory factory, string slug) =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
            var partner = await db.Partners.IgnoreQueryFilters()
                .Where(p => p.CommunityId == communityId && p.Kind == PartnerKind.HospitalTrust).FirstAsync();
            var list = new RequirementList { CommunityId = communityId, Name = "Testkrav", Kind = AgreementKind.SubAgreement };
            list.Topics.Add(new RequirementTopic { CommunityId = communityId, Title = "Testtema", SortOrder = 1 });
            var agreement = new Agreement
            {
                CommunityId = communityId,
                Title = $"Testavtale {slug}",
                Kind = AgreementKind.SubAgreement,
                RequirementList = list,
                Parties = [new AgreementParty { CommunityId = communityId, PartnerId = partner.Id }],
            };
            var version = new AgreementVersion
            {
                CommunityId = communityId,
                Agreement = agreement,
                Number = 1,
                Date = new DateOnly(2024, 1, 1),
                Text = "## 1. Formål\n\nTestavtalens tekst.",
                InForceFrom = new DateOnly(2024, 2, 1),
                Adoptions = [new AgreementAdoption { CommunityId = communityId, PartnerId = partner.Id, AdoptedOn = new DateOnly(2024, 1, 15) }],
            };
            var draft = new AgreementVersion { CommunityId = communityId, Agreement = agreement, Number = 2, Date = new DateOnly(2026, 1, 1), Text = "## 1. Formål\n\nUtkast." };
            var hearing = new AgreementHearing
            {
                CommunityId = communityId,
                AgreementVersion = draft,
                SentOn = new DateOnly(2026, 1, 2),
                Deadline = new DateOnly(2099, 1, 1),
                Invitees = [new HearingInvitee { CommunityId = communityId, PartnerId = partner.Id }],
            };
            var evaluation = new AgreementEvaluation { CommunityId = communityId, PlannedOn = new DateOnly(2099, 5, 1), Description = "Evaluering" };
            agreement.Evaluations.Add(evaluation);
            db.AddRange(agreement, version, draft, hearing);
            await db.SaveChangesAsync();
            return new TestAgreementIds(agreement.Id, version.Id, hearing.Id, evaluation.Id, list.Id);
        });
}
