using System.IO.Compression;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.CaseExport;

/// <summary>
/// The export of a whole case for the partners' archive systems: PDF, JSON, or both in a ZIP. Offered for the
/// formal track; open to anyone who may read the case (the same rule as the case page), and logged as a read.
/// </summary>
public static class DeviationCaseExportEndpoints
{
    private const string JsonType = "application/json";
    private const string ZipType = "application/zip";

    public static IEndpointRouteBuilder MapDeviationCaseExport(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/{community}/avvik/{id:int}").RequireAuthorization(Policies.CommunityReader).ExcludeFromDescription();
        // A case is for one signed-in reader: no shared cache may keep it.
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "private, no-store";
            return await next(context);
        });
        group.MapGet("/sak.pdf", (int id, [AsParameters] CaseExportContext context, CancellationToken ct) =>
            ExportAsync(id, context, ct, (file, l) => Results.File(DeviationCasePdf.Render(file, l), MeetingDocumentEndpoints.PdfType, FileName(file, ".pdf"))));
        group.MapGet("/sak.json", (int id, [AsParameters] CaseExportContext context, CancellationToken ct) =>
            ExportAsync(id, context, ct, (file, _) => Results.File(file.ToJson(), JsonType, FileName(file, ".json"))));
        group.MapGet("/sak.zip", (int id, [AsParameters] CaseExportContext context, CancellationToken ct) =>
            ExportAsync(id, context, ct, (file, l) => Results.File(Zip(file, l), ZipType, FileName(file, ".zip"))));
        return app;
    }

    private static async Task<IResult> ExportAsync(int id, CaseExportContext context, CancellationToken cancellationToken, Func<DeviationCaseFile, IStringLocalizer, IResult> render)
    {
        var scope = await context.Access.CurrentAsync();
        var report = await context.Db.DeviationReports.AsNoTracking().WithCase().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null || !scope.CanRead(report))
        {
            return Results.NotFound();
        }
        await context.ReadLog.LogAsync(report, cancellationToken);
        var file = DeviationCaseFile.From(
            report,
            context.Tenant.Community!.Name,
            withLocalReference: scope.SidesFor(report).Contains(DeviationSide.Reporting),
            context.Clock.GetUtcNow().UtcDateTime,
            context.Http.User.DisplayName());
        return render(file, context.L);
    }

    private static byte[] Zip(DeviationCaseFile file, IStringLocalizer l)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, FileName(file, ".pdf"), DeviationCasePdf.Render(file, l), file.ExportedAtUtc);
            Add(zip, FileName(file, ".json"), file.ToJson(), file.ExportedAtUtc);
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content, DateTime exportedAtUtc)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = OsloTime.ToOslo(exportedAtUtc);
        using var stream = entry.Open();
        stream.Write(content);
    }

    /// <summary>"samhandlingsavvik-42-2026-17.pdf" (number and journal number): ASCII letters, digits and hyphens only.</summary>
    private static string FileName(DeviationCaseFile file, string extension)
    {
        var name = file.JournalNumber is { } journal ? $"samhandlingsavvik-{file.Number}-{journal}" : $"samhandlingsavvik-{file.Number}";
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]) + extension;
    }
}

/// <summary>The services an export needs, bound from the request's scope as one parameter.</summary>
public sealed record CaseExportContext(
    AppDbContext Db,
    DeviationAccess Access,
    DeviationReadLog ReadLog,
    TenantContext Tenant,
    TimeProvider Clock,
    HttpContext Http,
    IStringLocalizer<SharedResource> L);
