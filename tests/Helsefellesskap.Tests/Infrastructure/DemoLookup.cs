using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Finds demo records by name, across communities (the tests have no tenant of their own).</summary>
public static class DemoLookup
{
    public const string Vestfold = "vestfold";
    public const string VestreViken = "vestre-viken";

    public static Task<int> CommunityIdAsync(this AppFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    public static Task<Body> BodyAsync(this AppFactory factory, string slug, string shortName) =>
        factory.WithDbAsync(db => db.Bodies.IgnoreQueryFilters()
            .Where(b => b.ShortName == shortName && db.Communities.Any(c => c.Id == b.CommunityId && c.Slug == slug))
            .SingleAsync());

    /// <summary>The id of some record of <typeparamref name="T"/> in the community.</summary>
    public static Task<int> AnyIdAsync<T>(this AppFactory factory, string slug) where T : TenantEntity =>
        factory.WithDbAsync(db => db.Set<T>().IgnoreQueryFilters()
            .Where(e => db.Communities.Any(c => c.Id == e.CommunityId && c.Slug == slug))
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
}
