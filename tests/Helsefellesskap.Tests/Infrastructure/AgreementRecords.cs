using Helsefellesskap.Web.Features.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>An agreement in force (with a requirement list) in a community whose demo data has none, made once and then found again.</summary>
public static class AgreementRecords
{
    private const string Title = "Samarbeidsavtale for testing av tilgang";

    public static async Task<int> AgreementIdAsync(AppFactory factory, string slug) => (await EnsureAsync(factory, slug)).Id;

    public static async Task<int> VersionIdAsync(AppFactory factory, string slug) => (await EnsureAsync(factory, slug)).Versions.Single().Id;

    public static async Task<int> RequirementListIdAsync(AppFactory factory, string slug) => (await EnsureAsync(factory, slug)).RequirementListId!.Value;

    private static async Task<Agreement> EnsureAsync(AppFactory factory, string slug)
    {
        var communityId = await factory.CommunityIdAsync(slug);
        return await factory.WithDbAsync(async db =>
        {
            var existing = await db.Agreements.IgnoreQueryFilters().Include(a => a.Versions)
                .FirstOrDefaultAsync(a => a.CommunityId == communityId && a.Title == Title);
            if (existing is not null)
            {
                return existing;
            }
            var partnerId = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var inForce = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1);
            var agreement = new Agreement
            {
                CommunityId = communityId,
                Title = Title,
                Kind = AgreementKind.Overarching,
                RequirementList = new RequirementList
                {
                    CommunityId = communityId,
                    Name = Title,
                    Topics = [new RequirementTopic { CommunityId = communityId, SortOrder = 1, Title = "Partenes ansvar" }],
                },
                Parties = [new AgreementParty { CommunityId = communityId, PartnerId = partnerId }],
                Versions =
                [
                    new AgreementVersion
                    {
                        CommunityId = communityId, Number = 1, Date = inForce, InForceFrom = inForce, Text = "## 1. Formål",
                        Adoptions = [new AgreementAdoption { CommunityId = communityId, PartnerId = partnerId, AdoptedOn = inForce }],
                    },
                ],
            };
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
            return agreement;
        });
    }
}
