using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Helsefellesskap.Web.Features.Units;

/// <summary>The community's units as JSON, for the report form and for partners' own quality systems.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/{community}/enheter", ListUnits)
            .RequireAuthorization(Policies.CommunityReader)
            .WithTags("Avvik")
            .WithName("ListUnits");
        return app;
    }

    /// <summary>Every unit, closed ones included (with the day they closed), by partner and path.</summary>
    private static async Task<Ok<List<UnitDto>>> ListUnits(string community, AppDbContext db)
    {
        var tree = await UnitTree.LoadAsync(db);
        return TypedResults.Ok(tree.All
            .Select(u => new UnitDto(u.Id, u.PartnerId, u.Partner!.Name, u.ParentId, u.Name, tree.PathOf(u), u.Description, u.ClosedOn))
            .OrderBy(u => u.PartnerName, UnitTree.NameComparer).ThenBy(u => u.Path, UnitTree.NameComparer)
            .ToList());
    }
}

/// <summary>A unit; <see cref="Path"/> names the units from the partner's top level down to it.</summary>
public sealed record UnitDto(int Id, int PartnerId, string PartnerName, int? ParentId, string Name, string Path, string? Description, DateOnly? ClosedOn);
