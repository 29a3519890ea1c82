using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Helsefellesskap.Web.Features.Deviations.Categories;

/// <summary>The community's deviation taxonomy as JSON, retired entries marked, for the report form and partners' systems.</summary>
public static class CategoriesApi
{
    public static IEndpointRouteBuilder MapCategoriesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/{community}/avvikskategorier", ListCategories)
            .RequireAuthorization(Policies.CommunityReader)
            .WithTags("Avvik")
            .WithName("ListDeviationCategories");
        return app;
    }

    private static async Task<Ok<List<CategoryDto>>> ListCategories(string community, AppDbContext db) =>
        TypedResults.Ok((await DeviationTaxonomy.LoadAsync(db))
            .Select(g => new CategoryDto(g.Category.Id, g.Category.Code, g.Category.Name, g.Category.Description, g.Category.IsRetired,
                g.Subcategories.Select(s => new SubcategoryDto(s.Id, s.Code, s.Name, s.Description, s.IsRetired)).ToList()))
            .ToList());
}

public sealed record CategoryDto(int Id, string Code, string Name, string? Description, bool IsRetired, List<SubcategoryDto> Subcategories);

public sealed record SubcategoryDto(int Id, string Code, string Name, string? Description, bool IsRetired);
