using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Api;

/// <summary>
/// Read-only JSON for a community's organisation, under <c>/api/{community}</c>, with the same
/// authorisation as the pages: bodies and partners are public, people are for the community's users.
/// </summary>
public static class OrganisationApi
{
    public static IEndpointRouteBuilder MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{community}").WithTags("Organisasjon");
        api.MapGet("/organer", ListBodies).AllowAnonymous().WithName("ListBodies");
        api.MapGet("/organer/{id:int}", GetBody).AllowAnonymous().WithName("GetBody");
        api.MapGet("/parter", ListPartners).AllowAnonymous().WithName("ListPartners");
        api.MapGet("/personer", ListPeople).RequireAuthorization(Policies.CommunityReader).WithName("ListPeople");
        return app;
    }

    private static async Task<Ok<List<BodySummary>>> ListBodies(string community, AppDbContext db) =>
        TypedResults.Ok(await db.Bodies.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new BodySummary(b.Id, b.Name, b.ShortName, b.Type, b.ParentBodyId, b.ActiveFrom, b.ActiveTo))
            .ToListAsync());

    private static async Task<Results<Ok<BodyWithMembers>, NotFound>> GetBody(string community, int id, AppDbContext db, TimeProvider clock)
    {
        var body = await db.Bodies.AsNoTracking()
            .Where(b => b.Id == id)
            .Select(b => new BodySummary(b.Id, b.Name, b.ShortName, b.Type, b.ParentBodyId, b.ActiveFrom, b.ActiveTo))
            .SingleOrDefaultAsync();
        if (body is null)
        {
            return TypedResults.NotFound();
        }
        var today = OsloTime.Today(clock);
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.BodyId == id && m.From <= today && (m.To == null || m.To >= today))
            .OrderBy(m => m.Role).ThenBy(m => m.Person!.Name)
            .Select(m => new MemberSummary(m.Person!.Name, m.Role, m.Partner!.Name, m.From, m.To))
            .ToListAsync();
        return TypedResults.Ok(new BodyWithMembers(body, members));
    }

    private static async Task<Ok<List<PartnerSummary>>> ListPartners(string community, AppDbContext db) =>
        TypedResults.Ok(await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new PartnerSummary(p.Id, p.Name, p.Kind, p.MunicipalityNumber, p.OrganisationNumber))
            .ToListAsync());

    private static async Task<Ok<List<PersonSummary>>> ListPeople(string community, AppDbContext db) =>
        TypedResults.Ok(await db.People.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new PersonSummary(p.Id, p.Name, p.Title, p.Employer, p.Email, p.Phone))
            .ToListAsync());
}

public sealed record BodySummary(int Id, string Name, string ShortName, BodyType Type, int? ParentBodyId, DateOnly? ActiveFrom, DateOnly? ActiveTo);

public sealed record MemberSummary(string Name, MembershipRole Role, string? Partner, DateOnly From, DateOnly? To);

public sealed record BodyWithMembers(BodySummary Body, IReadOnlyList<MemberSummary> CurrentMembers);

public sealed record PartnerSummary(int Id, string Name, PartnerKind Kind, string? MunicipalityNumber, string? OrganisationNumber);

public sealed record PersonSummary(int Id, string Name, string? Title, string? Employer, string? Email, string? Phone);
