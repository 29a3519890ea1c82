using System.Globalization;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Helsefellesskap.Web.Features.Agreements.Public;

/// <summary>The public files of an agreement in force: its PDF (title, version table, text) and the uploaded file of the version in force.</summary>
public static class PublicAgreementFiles
{
    public static IEndpointRouteBuilder MapPublicAgreementFiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/{community}/avtaleverk").AllowAnonymous().CacheOutput(PublicCachePolicy.Name).ExcludeFromDescription();
        group.MapGet("/{id:int}/avtale.pdf", PdfAsync);
        group.MapGet("/{id:int}/fil/{fileName}", FileAsync);
        return app;
    }

    private static async Task<IResult> PdfAsync(
        int id, AppDbContext db, TenantContext tenant, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        if (await PublicAgreements.LoadAsync(db, tenant.Slug, id, OsloTime.Today(clock)) is not { } agreement)
        {
            return Results.NotFound();
        }
        var content = AgreementPdf.Render(agreement, tenant.Community!.Name, l);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"avtale-{id}-versjon-{agreement.Current.Number}.pdf");
        return Results.File(content, MeetingDocumentEndpoints.PdfType, fileName);
    }

    /// <summary>The file of the version in force, never inline: a stored file is shown by the browser's own viewer at most.</summary>
    private static async Task<IResult> FileAsync(
        int id, string fileName, HttpContext http, AppDbContext db, TenantContext tenant, TimeProvider clock, IBlobStore blobs, CancellationToken cancellationToken)
    {
        if (await PublicAgreements.LoadAsync(db, tenant.Slug, id, OsloTime.Today(clock)) is not { Current: { FileBlobKey: { } key } current }
            || current.FileName != fileName
            || await blobs.OpenReadAsync(key, cancellationToken) is not { } content)
        {
            return Results.NotFound();
        }
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return Results.File(
            content,
            current.FileContentType ?? "application/octet-stream",
            fileDownloadName: current.FileName,
            entityTag: current.FileSha256 is { } sha ? new EntityTagHeaderValue($"\"{sha}\"") : null);
    }
}
