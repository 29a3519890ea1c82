using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>
/// The statistics as files (CSV, XLSX, the committee report PDF) and as JSON. Anyone with a role in the community
/// may have them; small counts are shown only to the secretariat, and never in the committee report.
/// </summary>
public static class StatisticsEndpoints
{
    public static IServiceCollection AddDeviationStatistics(this IServiceCollection services) => services.AddScoped<DeviationStatistics>();

    public static IEndpointRouteBuilder MapDeviationStatistics(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/{community}/avvik").RequireAuthorization(Policies.CommunityReader).ExcludeFromDescription();
        // Made for one reader, with or without small counts: no shared cache may keep them.
        files.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "private, no-store";
            return await next(context);
        });
        files.MapGet("/statistikk.csv", ([AsParameters] StatisticsQuery query, IStringLocalizer<SharedResource> l) =>
            FileAsync(query, l, suppressAlways: false, (s, _) => Results.File(StatisticsExports.Csv(s, l), StatisticsExports.CsvType, FileName(l, s, ".csv"))));
        files.MapGet("/statistikk.xlsx", ([AsParameters] StatisticsQuery query, IStringLocalizer<SharedResource> l) =>
            FileAsync(query, l, suppressAlways: false, (s, _) => Results.File(StatisticsExports.Xlsx(s, l), StatisticsExports.XlsxType, FileName(l, s, ".xlsx"))));
        files.MapGet("/statistikk/rapport.pdf", ([AsParameters] StatisticsQuery query, IStringLocalizer<SharedResource> l, TenantContext tenant, TimeProvider clock) =>
            FileAsync(query, l, suppressAlways: true, (s, _) => Results.File(
                CommitteeReportPdf.Render(s, tenant.Community!.Name, OsloTime.Today(clock), l), MeetingDocumentEndpoints.PdfType, ReportFileName(l, s.Filter))));

        app.MapGet("/api/{community}/avvik/statistikk", GetStatisticsAsync)
            .RequireAuthorization(Policies.CommunityReader)
            .WithTags("Avvik")
            .WithName("GetDeviationStatistics")
            .WithSummary("Statistikk over sendte avviksmeldinger for en periode")
            .WithDescription(
                "Antall sendte avvik (utkast telles aldri) etter kvartal, kategori, underkategori, retning, meldende og mottakende partner, " +
                "mottakende enhet, fase i pasientforløpet, konsekvens, spor og status, og tid fra sendt til mottatt og til lukket " +
                "(median og 90-persentil i kalenderdager med én desimal). Parametre: ar (år, standard i år), fra og til (kvartal 1–4), " +
                "partner (id: avvik meldt av eller til partneren). Små tall skjules for alle andre enn sekretariatet: et antall fra 1 til 4 " +
                "gis som count = null og suppressed = true; det samme gjelder et annet tall i samme oversikt som er skjult for at det små " +
                "tallet ikke skal kunne regnes ut fra totalen. Varighetene gis ikke (null) når færre enn 5 saker ligger bak dem.");
        return app;
    }

    private static async Task<IResult> FileAsync(
        StatisticsQuery query, IStringLocalizer l, bool suppressAlways, Func<PublishedStatistics, IStringLocalizer, IResult> file)
    {
        var (statistics, error) = await query.PublishAsync(suppressAlways);
        return statistics is null ? BadRequest(error!, l) : file(statistics, l);
    }

    private static async Task<Results<Ok<StatisticsDto>, ProblemHttpResult>> GetStatisticsAsync([AsParameters] StatisticsQuery query, IStringLocalizer<SharedResource> l)
    {
        var (statistics, error) = await query.PublishAsync(suppressAlways: false);
        return statistics is null ? BadRequest(error!, l) : TypedResults.Ok(StatisticsDto.From(statistics));
    }

    private static ProblemHttpResult BadRequest(string error, IStringLocalizer l) =>
        TypedResults.Problem(title: l["Statistics.InvalidFilter"], detail: error, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>"avviksstatistikk-2025-K1-K2.csv".</summary>
    private static string FileName(IStringLocalizer l, PublishedStatistics s, string extension) => l["Statistics.FileName", s.Filter.FileSuffix] + extension;

    public static string ReportFileName(IStringLocalizer l, StatisticsFilter filter) => l["Statistics.Report.FileName", filter.FileSuffix] + ".pdf";
}

/// <summary>The query string of the statistics (<c>ar</c>, <c>fra</c>, <c>til</c>, <c>partner</c>) and the services that answer it.</summary>
public sealed class StatisticsQuery
{
    [FromQuery(Name = "ar")]
    public int? Year { get; init; }

    [FromQuery(Name = "fra")]
    public int? FromQuarter { get; init; }

    [FromQuery(Name = "til")]
    public int? ToQuarter { get; init; }

    [FromQuery(Name = "partner")]
    public int? PartnerId { get; init; }

    [FromServices]
    public DeviationStatistics Statistics { get; init; } = null!;

    [FromServices]
    public DeviationAccess Access { get; init; } = null!;

    public HttpContext HttpContext { get; init; } = null!;

    /// <summary>Suppressed unless the user is the secretariat and <paramref name="suppressAlways"/> is false.</summary>
    public async Task<(PublishedStatistics? Statistics, string? Error)> PublishAsync(bool suppressAlways)
    {
        var scope = await Access.CurrentAsync();
        return await Statistics.PublishAsync(Year, FromQuarter, ToQuarter, PartnerId, suppressAlways || !scope.SeesSmallCounts, HttpContext.RequestAborted);
    }
}
