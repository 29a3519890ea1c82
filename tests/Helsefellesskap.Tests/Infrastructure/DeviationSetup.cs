using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Units, taxonomy entries and deviation roles of a community: the demo's where there are any, otherwise made here.</summary>
public static class DeviationSetup
{
    /// <summary>Some unit of the community, made under its first partner if it has none.</summary>
    public static async Task<int> UnitIdAsync(this AppFactory factory, string slug) =>
        await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters()
            .Where(u => db.Communities.Any(c => c.Id == u.CommunityId && c.Slug == slug))
            .OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync())
        ?? await factory.CreateAsync(slug, async (db, communityId) => new ServiceUnit
        {
            CommunityId = communityId,
            PartnerId = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            Name = "Enhet laget for testen",
        });

    /// <summary>Some taxonomy entry of the community, made if it has none.</summary>
    public static async Task<int> DeviationCategoryIdAsync(this AppFactory factory, string slug) =>
        await factory.WithDbAsync(db => db.DeviationCategories.IgnoreQueryFilters()
            .Where(c => db.Communities.Any(m => m.Id == c.CommunityId && m.Slug == slug))
            .OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync())
        ?? await factory.CreateAsync(slug, (_, communityId) =>
            Task.FromResult(new DeviationCategory { CommunityId = communityId, Code = "T", Name = "Kategori laget for testen" }));

    /// <summary>Some deviation role of the community, made (statistics reader for its first person) if it has none.</summary>
    public static async Task<int> DeviationRoleIdAsync(this AppFactory factory, string slug) =>
        await factory.WithDbAsync(db => db.DeviationRoles.IgnoreQueryFilters()
            .Where(r => db.Communities.Any(c => c.Id == r.CommunityId && c.Slug == slug))
            .OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync())
        ?? await factory.CreateAsync(slug, async (db, communityId) => new DeviationRole
        {
            CommunityId = communityId,
            PersonId = await db.People.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            Kind = DeviationRoleKind.StatisticsReader,
        });

    /// <summary>The municipality with this kommunenummer in the community.</summary>
    public static Task<Partner> MunicipalityAsync(this AppFactory factory, string slug, string number) =>
        factory.WithDbAsync(db => db.Partners.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(p => p.MunicipalityNumber == number && db.Communities.Any(c => c.Id == p.CommunityId && c.Slug == slug)));

    /// <summary>The community's hospital trust.</summary>
    public static Task<Partner> HospitalTrustAsync(this AppFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Partners.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(p => p.Kind == PartnerKind.HospitalTrust && db.Communities.Any(c => c.Id == p.CommunityId && c.Slug == slug)));

    private static Task<int> CreateAsync<T>(this AppFactory factory, string slug, Func<AppDbContext, int, Task<T>> make)
        where T : TenantEntity =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
            var entity = await make(db, communityId);
            db.Add(entity);
            await db.SaveChangesAsync();
            return entity.Id;
        });
}
