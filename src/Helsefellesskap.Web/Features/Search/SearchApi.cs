using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Search;

/// <summary>The search as JSON, for anyone; what it finds follows the same rules as the search page.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/{community}/sok", SearchAsync)
            .AllowAnonymous()
            .CacheOutput(PublicCachePolicy.Name)
            .WithTags("Søk")
            .WithName("Search")
            .WithSummary("Fulltekstsøk i saker, saksfremlegg, referater, vedtak, vedlegg og avtaler")
            .WithDescription(
                "Parametre: q (søketekst, påkrevd, høyst 500 tegn; ord og \"fraser i anførselstegn\", norsk bøyning: avtale finner avtalen og avtaler), " +
                "organ (organets id), ar (møteår; for en avtale året den trådte i kraft), type (sak, saksfremlegg, referat, vedtak, vedlegg eller avtale), side (1–100, 20 treff per side). " +
                "Treffer søket svært mange dokumenter, rangeres de nyeste, og totalIsLowerBound er true (total er da et minimum). " +
                "Anonyme brukere finner bare det som er publisert; brukere med en rolle i helsefellesskapet finner alt i det. " +
                "snippet er HTML: teksten kodet, med treffordene i <mark>.");
        return app;
    }

    private static async Task<Results<Ok<SearchResponseDto>, ProblemHttpResult>> SearchAsync(
        string community,
        [FromQuery] string? q,
        [FromQuery] string? organ,
        [FromQuery] string? ar,
        [FromQuery] string? type,
        [FromQuery] string? side,
        AppDbContext db,
        TenantContext tenant,
        CommunityPermissions permissions,
        IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        var (request, error) = SearchRequest.Parse(q, organ, ar, type, side);
        if (request is null)
        {
            return TypedResults.Problem(title: l["Search.Problem.Title"], detail: l[error!], statusCode: StatusCodes.Status400BadRequest);
        }
        var scope = await SearchScope.ForRequestAsync(tenant, permissions);
        var results = await SiteSearch.SearchAsync(db, scope, request, cancellationToken);
        return TypedResults.Ok(new SearchResponseDto(results.Total, results.AtLeast, results.Page, SearchRequest.PageSize,
            results.Hits.Select(h => new SearchHitDto(
                SearchRequest.KindParameters[h.Kind], h.Title, h.Body, h.Date, h.CaseNumber, h.Url, h.Snippet)).ToList()));
    }
}

/// <summary><see cref="TotalIsLowerBound"/>: more documents match than were ranked (the newest are ranked); add words or filters.</summary>
public sealed record SearchResponseDto(int Total, bool TotalIsLowerBound, int Page, int PageSize, IReadOnlyList<SearchHitDto> Results);

/// <summary><see cref="Type"/> as the <c>type</c> parameter takes it; <see cref="Snippet"/> is HTML.</summary>
public sealed record SearchHitDto(string Type, string Title, string? Body, DateOnly Date, string? CaseNumber, string Url, string Snippet);
