using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// The read-only OParl 1.1 API under <c>/oparl/v1</c>: open to anyone, showing only what is public, with CORS open to
/// every origin (spec) and errors as Norwegian problem details.
/// It describes itself (System, Body), so it stays out of the OpenAPI description.
/// </summary>
public static class OParlEndpoints
{
    private const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Served as JSON only, never inside HTML: Norwegian letters and "+" in offsets are written as themselves.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IServiceCollection AddOParl(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OParlOptions>(configuration.GetSection(OParlOptions.Section));
        services.AddScoped(sp => new OParlUrls(BaseUrl(sp), sp.GetRequiredService<TenantContext>().Slug));
        services.AddScoped<OParlFiles>();
        services.AddScoped<OParlMeetings>();
        services.AddScoped<OParlPapers>();
        services.AddScoped<OParlOrganizations>();
        services.AddScoped<OParlBodies>();
        return services;
    }

    public static IEndpointRouteBuilder MapOParl(this IEndpointRouteBuilder app)
    {
        var oparl = app.MapGroup(OParlUrls.Root)
            .AllowAnonymous()
            .ExcludeFromDescription()
            .WithMetadata(new ProblemDetailsErrors())
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
                return await next(context);
            });
        oparl.MapGet("", async (HttpContext http, OParlBodies bodies, CancellationToken cancellationToken) =>
            Ok(await bodies.SystemAsync(BaseUrl(http.RequestServices), cancellationToken)));
        oparl.MapGet("/bodies", async (HttpContext http, OParlBodies bodies, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            await ListAsync(http, OParlUrls.Bodies(BaseUrl(http.RequestServices)), l, async request =>
                [OParlRows.InMemory(await bodies.BodiesAsync(BaseUrl(http.RequestServices), null, request, cancellationToken))], cancellationToken));
        // Anything else under /oparl/v1 names no object: answered in the API's own way, not with the HTML error page.
        oparl.MapGet("/{**path}", (IStringLocalizer<SharedResource> l) => NotFound(l));

        var body = oparl.MapGroup("/{community}").CacheOutput(PublicCachePolicy.Name);
        body.MapGet("", async (HttpContext http, OParlBodies bodies, TenantContext tenant, CancellationToken cancellationToken) =>
            Ok((await bodies.BodiesAsync(BaseUrl(http.RequestServices), tenant.RequireId(), null, cancellationToken)).Single()));
        foreach (var type in Types)
        {
            if (type.List is { } list)
            {
                body.MapGet($"/{type.Path}", (HttpContext http, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
                    ListAsync(http, Urls(http).List(type.Path), l, request => Task.FromResult(
                        list(http.RequestServices, request).Concat(request.IncludesDeleted ? type.ListTombstones.Select(t => t.Part(Db(http), Urls(http), request)) : []).ToList()),
                        cancellationToken));
            }
            body.MapGet(type.ObjectRoute, async (string id, HttpContext http, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            {
                if (ParseId(id) is not { } value)
                {
                    return NotFound(l);
                }
                var found = await type.FindAsync(http.RequestServices, value, cancellationToken)
                    ?? (type.Tombstone is { } tombstone ? await tombstone.FindAsync(Db(http), Urls(http), value, cancellationToken) : null);
                return found is null ? NotFound(l) : Ok(found);
            });
        }
        body.MapGet("/organization/{id}/meeting", async (string id, HttpContext http, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            if (ParseId(id) is not { } bodyId || !await Db(http).Bodies.AnyAsync(b => b.Id == bodyId, cancellationToken))
            {
                return NotFound(l);
            }
            var meetings = http.RequestServices.GetRequiredService<OParlMeetings>();
            return await ListAsync(http, Urls(http).OrganizationMeetings(bodyId), l, request => Task.FromResult<List<OParlListPart>>(
                [OParlRows.Part(meetings.Meetings(m => m.BodyId == bodyId), request, meetings.MeetingObjectsAsync)]), cancellationToken);
        });
        body.MapGet("/legislativeterm", (HttpContext http, OParlBodies bodies, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            ListAsync(http, Urls(http).List("legislativeterm"), l, async request =>
                [OParlRows.InMemory(await bodies.TermsAsync(Urls(http), request, cancellationToken))], cancellationToken));
        // {year}, not {id}: a term is a period of time that every community shares, not a record of one community.
        body.MapGet("/legislativeterm/{year}", async (string year, HttpContext http, OParlBodies bodies, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            ParseId(year) is { } startYear
            && (await bodies.TermsAsync(Urls(http), null, cancellationToken)).SingleOrDefault(t => t.Id == Urls(http).LegislativeTerm(startYear)) is { } term
                ? Ok(term)
                : NotFound(l));
        return app;
    }

    /// <summary>An object type: the path of its list and of its objects, its list (null if it has none) and how one object is found.</summary>
    private sealed record ObjectType(
        string Path,
        string ObjectRoute,
        Func<IServiceProvider, OParlListRequest, IEnumerable<OParlListPart>>? List,
        Func<IServiceProvider, int, CancellationToken, Task<object?>> FindAsync,
        OParlTombstoneKind[] ListTombstones,
        OParlTombstoneKind? Tombstone);

    private static readonly ObjectType[] Types =
    [
        new("organization", "/organization/{id}",
            (sp, r) => Organizations(sp) is var o ? [OParlRows.Part(o.Bodies(), r, o.BodyObjectsAsync), OParlRows.Part(o.Partners(), r, o.PartnerObjectsAsync)] : [],
            (sp, id, ct) => FindAsync(Organizations(sp).Bodies(), id, Organizations(sp).BodyObjectsAsync, ct),
            [OParlTombstoneKind.Body, OParlTombstoneKind.Partner], OParlTombstoneKind.Body),
        new("partner", "/partner/{id}", null,
            (sp, id, ct) => FindAsync(Organizations(sp).Partners(), id, Organizations(sp).PartnerObjectsAsync, ct),
            [], OParlTombstoneKind.Partner),
        new("person", "/person/{id}",
            (sp, r) => [OParlRows.Part(Organizations(sp).People(), r, Organizations(sp).PersonObjectsAsync)],
            (sp, id, ct) => FindAsync(Organizations(sp).People(), id, Organizations(sp).PersonObjectsAsync, ct),
            [OParlTombstoneKind.Person], OParlTombstoneKind.Person),
        new("membership", "/membership/{id}",
            (sp, r) => [OParlRows.Part(Organizations(sp).Memberships(), r, Organizations(sp).MembershipObjectsAsync)],
            (sp, id, ct) => FindAsync(Organizations(sp).Memberships(), id, Organizations(sp).MembershipObjectsAsync, ct),
            [OParlTombstoneKind.Membership], OParlTombstoneKind.Membership),
        new("meeting", "/meeting/{id}",
            (sp, r) => [OParlRows.Part(Meetings(sp).Meetings(), r, Meetings(sp).MeetingObjectsAsync)],
            (sp, id, ct) => FindAsync(Meetings(sp).Meetings(), id, Meetings(sp).MeetingObjectsAsync, ct),
            [OParlTombstoneKind.Meeting], OParlTombstoneKind.Meeting),
        new("location", "/location/{id}",
            (sp, r) => [OParlRows.Part(Meetings(sp).Locations(), r, Meetings(sp).LocationObjectsAsync)],
            (sp, id, ct) => FindAsync(Meetings(sp).Locations(), id, Meetings(sp).LocationObjectsAsync, ct),
            [OParlTombstoneKind.Location], OParlTombstoneKind.Location),
        new("agendaitem", "/agendaitem/{id}",
            (sp, r) => [OParlRows.Part(Meetings(sp).Items(), r, Meetings(sp).ItemObjectsAsync)],
            (sp, id, ct) => FindAsync(Meetings(sp).Items(), id, Meetings(sp).ItemObjectsAsync, ct),
            [OParlTombstoneKind.AgendaItem], OParlTombstoneKind.AgendaItem),
        new("paper", "/paper/{id}",
            (sp, r) => [OParlRows.Part(Papers(sp).Papers(), r, Papers(sp).PaperObjectsAsync)],
            (sp, id, ct) => FindAsync(Papers(sp).Papers(), id, Papers(sp).PaperObjectsAsync, ct),
            [OParlTombstoneKind.Paper], OParlTombstoneKind.Paper),
        new("consultation", "/consultation/{id}",
            (sp, r) => [OParlRows.Part(Papers(sp).Consultations(), r, Papers(sp).ConsultationObjectsAsync)],
            (sp, id, ct) => FindAsync(Papers(sp).Consultations(), id, Papers(sp).ConsultationObjectsAsync, ct),
            [OParlTombstoneKind.Consultation], OParlTombstoneKind.Consultation),
        new("file", "/file/{id}",
            (sp, r) => [OParlRows.Part(Files(sp).Attachments(), r, Files(sp).AttachmentObjectsAsync), OParlRows.Part(Files(sp).Documents(), r, Files(sp).DocumentObjectsAsync)],
            (sp, id, ct) => FindAsync(Files(sp).Attachments(), id, Files(sp).AttachmentObjectsAsync, ct),
            [OParlTombstoneKind.File], OParlTombstoneKind.File),
        new("meeting", "/meeting/{id}/invitation", null,
            (sp, id, ct) => FirstAsync(Files(sp).Documents(p => p.MeetingId == id && p.Kind == PublicationKind.Notice), Files(sp).DocumentObjectsAsync, ct),
            [], null),
        new("meeting", "/meeting/{id}/protocol", null,
            (sp, id, ct) => FirstAsync(Files(sp).Documents(p => p.MeetingId == id && p.Kind == PublicationKind.Minutes), Files(sp).DocumentObjectsAsync, ct),
            [], null),
    ];

    private static OParlOrganizations Organizations(IServiceProvider sp) => sp.GetRequiredService<OParlOrganizations>();

    private static OParlMeetings Meetings(IServiceProvider sp) => sp.GetRequiredService<OParlMeetings>();

    private static OParlPapers Papers(IServiceProvider sp) => sp.GetRequiredService<OParlPapers>();

    private static OParlFiles Files(IServiceProvider sp) => sp.GetRequiredService<OParlFiles>();

    private static OParlUrls Urls(HttpContext http) => http.RequestServices.GetRequiredService<OParlUrls>();

    private static Infrastructure.Data.AppDbContext Db(HttpContext http) => http.RequestServices.GetRequiredService<Infrastructure.Data.AppDbContext>();

    private static Task<object?> FindAsync<T>(IQueryable<Stamped<T>> rows, int id,
        Func<IReadOnlyList<Stamped<T>>, CancellationToken, Task<IReadOnlyList<object>>> build, CancellationToken cancellationToken) =>
        FirstAsync(rows.Where(r => r.Id == id), build, cancellationToken);

    private static async Task<object?> FirstAsync<T>(IQueryable<Stamped<T>> rows,
        Func<IReadOnlyList<Stamped<T>>, CancellationToken, Task<IReadOnlyList<object>>> build, CancellationToken cancellationToken) =>
        (await build(await rows.Take(1).ToListAsync(cancellationToken), cancellationToken)).FirstOrDefault();

    private static async Task<IResult> ListAsync(HttpContext http, string listUrl, IStringLocalizer<SharedResource> l,
        Func<OParlListRequest, Task<List<OParlListPart>>> parts, CancellationToken cancellationToken)
    {
        var (request, error) = OParlListRequest.Parse(http.Request.Query);
        if (request is null)
        {
            return Results.Problem(title: l["OParl.Error.BadRequest"], detail: l[error!], statusCode: StatusCodes.Status400BadRequest);
        }
        var (total, data) = await OParlRows.PageAsync(await parts(request), request.Offset, request.Limit, cancellationToken);
        var totalPages = (total + request.Limit - 1) / request.Limit;
        return Ok(new OParlListPage(data, new OParlPagination(total, request.Limit, request.Page, totalPages),
            request.Links(listUrl, http.Request.Query, totalPages)));
    }

    private static int? ParseId(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static IResult Ok(object value) => Results.Json(value, Json, ContentType);

    private static IResult NotFound(IStringLocalizer<SharedResource> l) =>
        Results.Problem(title: l["Error.NotFound.Title"], detail: l["OParl.Error.NotFound"], statusCode: StatusCodes.Status404NotFound);

    /// <summary>Ids are absolute URLs on the public address of the site, the same address e-mails link to.</summary>
    private static string BaseUrl(IServiceProvider services) => services.GetRequiredService<IOptions<EmailOptions>>().Value.PublicBaseUrl;
}
