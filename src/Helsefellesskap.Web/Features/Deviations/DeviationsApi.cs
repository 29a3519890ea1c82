using System.Security.Claims;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// Deviation reports as JSON under <c>/api/{community}/avvik</c>, so a partner's own quality system can send reports
/// in and follow them: the same access as the pages (<see cref="DeviationScope"/>), the same checks as the form, and
/// with an API key (<c>Authorization: Bearer hf_…</c>) as well as the sign-in cookie. Rejected text is never echoed.
/// </summary>
public static class DeviationsApi
{
    public const int PageSize = 50;

    public static IEndpointRouteBuilder MapDeviationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{community}/avvik").WithTags("Avvik").RequireAuthorization(Policies.CommunityReader);
        api.MapGet("", List).WithName("ListDeviations");
        api.MapGet("/{id:int}", Get).WithName("GetDeviation");
        api.MapPost("", Submit).WithName("SubmitDeviation");
        api.MapPost("/{id:int}/meldinger", AddMessage).WithName("AddDeviationMessage");
        return app;
    }

    /// <summary>The reports the caller may read, newest first; summaries without free text (a list is not a read).</summary>
    private static async Task<Ok<DeviationPageDto>> List(
        string community, AppDbContext db, DeviationAccess access, TimeProvider clock, int? side, DeviationState? state, DateOnly? since)
    {
        var scope = await access.CurrentAsync();
        var query = scope.Readable(db.DeviationReports.AsNoTracking());
        if (state is { } wanted)
        {
            query = query.Where(r => r.State == wanted);
        }
        if (since is { } from)
        {
            var fromUtc = OsloTime.ToUtc(from, TimeOnly.MinValue);
            query = query.Where(r => (r.SentAtUtc ?? r.CreatedAtUtc) >= fromUtc);
        }
        var page = Math.Max(1, side ?? 1);
        var total = await query.CountAsync();
        var reports = await WithNames(query).OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var today = OsloTime.Today(clock);
        return TypedResults.Ok(new DeviationPageDto(page, PageSize, total, reports.Select(r => ToSummary(r, today)).ToList()));
    }

    private static async Task<Results<Ok<DeviationDto>, NotFound>> Get(
        string community, int id, AppDbContext db, DeviationAccess access, DeviationReadLog reads, TimeProvider clock)
    {
        var report = await WithNames(db.DeviationReports.AsNoTracking()).Include(r => r.Entries).SingleOrDefaultAsync(r => r.Id == id);
        if (report is null || !(await access.CurrentAsync()).CanRead(report))
        {
            return TypedResults.NotFound();
        }
        await reads.LogAsync(report);
        return TypedResults.Ok(ToDto(report, OsloTime.Today(clock)));
    }

    /// <summary>Makes and sends a report through <see cref="DeviationSubmission"/>, exactly as the form's "Send" does.</summary>
    private static async Task<Results<Created<DeviationDto>, ValidationProblem>> Submit(
        string community, DeviationSubmissionDto input, ClaimsPrincipal user, AppDbContext db, DeviationSubmission submission,
        TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var reporter = await db.People.AsNoTracking().Include(p => p.WorkUnit).FirstOrDefaultAsync(p => p.UserId == userId);
        var (references, errors) = await ResolveAsync(input, reporter?.WorkUnit, db, l);
        var report = new DeviationReport
        {
            State = DeviationState.Draft,
            ReporterUserId = userId,
            ReporterName = reporter?.Name ?? user.DisplayName(),
            ReporterEmail = reporter?.Email ?? user.FindFirstValue(ClaimTypes.Email),
            ReporterRole = input.ReporterRole.TrimToNull(),
            ReportingPartnerId = references.ReportingPartnerId ?? 0,
            ReportingUnitId = references.ReportingUnitId,
            ReceivingPartnerId = references.ReceivingPartnerId,
            ReceivingUnitId = references.ReceivingUnitId,
            EventDate = input.EventDate,
            EventPartOfDay = input.EventPartOfDay,
            Phase = input.Phase,
            CategoryId = references.CategoryId,
            SubcategoryId = references.SubcategoryId,
            AgreementReference = input.AgreementReference.TrimToNull(),
            PatientGroup = input.PatientGroup,
            Consequence = input.Consequence,
            IsComplaint = input.IsComplaint,
            WhatHappened = input.WhatHappened.TrimToNull(),
            ImmediateAction = input.ImmediateAction.TrimToNull(),
            SuggestedImprovement = input.SuggestedImprovement.TrimToNull(),
            LocalReference = input.LocalReference.TrimToNull(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var refusals = errors.Count > 0
            ? await submission.ValidateAsync(report, forSending: true)
            : await submission.SendAsync(report);
        errors.AddRange(refusals.Where(r => !errors.Any(e => e.Field == ApiField(r.Field))).Select(r => (ApiField(r.Field), r.Message)));
        if (errors.Count > 0)
        {
            return Problem(errors, l);
        }
        var sent = await WithNames(db.DeviationReports.AsNoTracking()).Include(r => r.Entries).SingleAsync(r => r.Id == report.Id);
        return TypedResults.Created($"/api/{community}/avvik/{report.Id}", ToDto(sent, OsloTime.Today(clock)));
    }

    /// <summary>The JSON name of a report field: camelCase, and categories by their code fields.</summary>
    private static string ApiField(string field) => field switch
    {
        nameof(DeviationReport.CategoryId) => "category",
        nameof(DeviationReport.SubcategoryId) => "subcategory",
        "" => "",
        _ => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field),
    };

    /// <summary>A message in the report's dialogue, for the side the caller acts for.</summary>
    private static async Task<Results<Created<DeviationEntryDto>, NotFound, ForbidHttpResult, ValidationProblem>> AddMessage(
        string community, int id, DeviationMessageDto input, ClaimsPrincipal user, AppDbContext db, DeviationAccess access,
        DeviationNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        var report = await db.DeviationReports.SingleOrDefaultAsync(r => r.Id == id);
        var scope = await access.CurrentAsync();
        if (report is null || !scope.CanRead(report))
        {
            return TypedResults.NotFound();
        }
        var sides = scope.SidesFor(report);
        if (sides.Count == 0)
        {
            return TypedResults.Forbid();
        }
        var errors = new List<(string Field, string Message)>();
        DeviationSide? side = input.Side ?? (sides.Count == 1 ? sides.Single() : null);
        if (report.State == DeviationState.Draft)
        {
            errors.Add(("", l["Deviations.Api.DraftHasNoDialogue"]));
        }
        else if (side is null)
        {
            errors.Add(("side", l["Deviations.Api.ChooseSide"]));
        }
        else if (!sides.Contains(side.Value))
        {
            errors.Add(("side", l["Deviations.Api.NotYourSide"]));
        }
        var label = l["Deviations.Api.MessageText"].Value;
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            errors.Add(("text", l["Validation.Required", label]));
        }
        else if (input.Text.Trim().Length > 4000)
        {
            errors.Add(("text", l["Validation.MaxLength", label, 4000]));
        }
        errors.AddRange(PatientDataValidation.Messages(label, input.Text, l).Select(message => ("text", message)));
        if (errors.Count > 0)
        {
            return Problem(errors, l);
        }

        var entry = new DeviationEntry
        {
            ReportId = report.Id,
            Kind = DeviationEntryKind.Message,
            Side = side!.Value,
            AuthorUserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            AuthorName = user.DisplayName(),
            Text = input.Text!.Trim(),
            AtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.DeviationEntries.Add(entry);
        await db.SaveChangesAsync();
        await notifier.NotifyAsync(report, entry.Side, l["Deviations.MailMessage"]);
        return TypedResults.Created($"/api/{community}/avvik/{report.Id}", ToEntryDto(entry));
    }

    private sealed record References(
        int? ReportingPartnerId, int? ReportingUnitId, int? ReceivingPartnerId, int? ReceivingUnitId, int? CategoryId, int? SubcategoryId);

    /// <summary>
    /// Turns the JSON's references into ids: partners by id or number, units that exist and are active, categories by
    /// code. The reporting partner and unit default to where the reporter works. The content rules are
    /// <see cref="DeviationSubmission"/>'s, as for the form.
    /// </summary>
    private static async Task<(References References, List<(string Field, string Message)> Errors)> ResolveAsync(
        DeviationSubmissionDto input, ServiceUnit? workUnit, AppDbContext db, IStringLocalizer l)
    {
        var errors = new List<(string Field, string Message)>();
        var reportingUnit = await UnitAsync(db, errors, "reportingUnitId", input.ReportingUnitId, l);
        var reportingPartnerId = await PartnerIdAsync(db, errors, "reportingPartner", input.ReportingPartnerId, input.ReportingPartnerNumber, l)
            ?? reportingUnit?.PartnerId;
        if (reportingPartnerId is null && input.ReportingPartnerNumber is null && input.ReportingPartnerId is null && input.ReportingUnitId is null)
        {
            (reportingPartnerId, reportingUnit) = (workUnit?.PartnerId, workUnit);
            if (reportingPartnerId is null)
            {
                errors.Add(("reportingPartner", l["Deviations.Api.ReportingPartnerRequired"]));
            }
        }
        else if (input.ReportingUnitId is null && workUnit?.PartnerId == reportingPartnerId)
        {
            reportingUnit = workUnit;
        }

        var receivingUnit = await UnitAsync(db, errors, "receivingUnitId", input.ReceivingUnitId, l);
        var receivingPartnerId = await PartnerIdAsync(db, errors, "receivingPartner", input.ReceivingPartnerId, input.ReceivingPartnerNumber, l)
            ?? receivingUnit?.PartnerId;
        var (categoryId, subcategoryId) = await CategoryIdsAsync(db, errors, input.Category, input.Subcategory, l);
        return (new References(reportingPartnerId, reportingUnit?.Id, receivingPartnerId, receivingUnit?.Id, categoryId, subcategoryId), errors);
    }

    /// <summary>A partner by id, or by municipality number (4 digits) or organisation number (9 digits).</summary>
    private static async Task<int?> PartnerIdAsync(AppDbContext db, List<(string, string)> errors, string field, int? id, string? number, IStringLocalizer l)
    {
        if (id is null && string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        if (id is not null && !string.IsNullOrWhiteSpace(number))
        {
            errors.Add((field, l["Deviations.Api.PartnerIdOrNumber"]));
            return null;
        }
        var digits = number?.Replace(" ", "", StringComparison.Ordinal);
        var partnerId = id is { } given
            ? await db.Partners.Where(p => p.Id == given).Select(p => (int?)p.Id).SingleOrDefaultAsync()
            : await db.Partners.Where(p => p.MunicipalityNumber == digits || p.OrganisationNumber == digits).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        if (partnerId is null)
        {
            errors.Add((field, l["Deviations.Api.UnknownPartner"]));
        }
        return partnerId;
    }

    /// <summary>An active unit; closed units take no new reports.</summary>
    private static async Task<ServiceUnit?> UnitAsync(AppDbContext db, List<(string, string)> errors, string field, int? id, IStringLocalizer l)
    {
        if (id is not { } unitId)
        {
            return null;
        }
        var unit = await db.ServiceUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.ClosedOn == null);
        if (unit is null)
        {
            errors.Add((field, l["Deviations.Api.UnknownUnit"]));
        }
        return unit;
    }

    /// <summary>A category and a sub-category by code; whether they fit together is for <see cref="DeviationSubmission"/>.</summary>
    private static async Task<(int? CategoryId, int? SubcategoryId)> CategoryIdsAsync(
        AppDbContext db, List<(string, string)> errors, string? categoryCode, string? subcategoryCode, IStringLocalizer l)
    {
        var codes = new[] { categoryCode?.Trim() ?? "", subcategoryCode?.Trim() ?? "" };
        var found = await db.DeviationCategories.AsNoTracking().Where(c => codes.Contains(c.Code) && !c.IsRetired).ToListAsync();
        var category = found.SingleOrDefault(c => c.Code == codes[0] && c.ParentId == null);
        var subcategory = found.SingleOrDefault(c => c.Code == codes[1] && c.ParentId != null);
        if (codes[0].Length > 0 && category is null)
        {
            errors.Add(("category", l["Deviations.Api.UnknownCategory"]));
        }
        if (codes[1].Length > 0 && subcategory is null)
        {
            errors.Add(("subcategory", l["Deviations.Api.UnknownSubcategory"]));
        }
        return (category?.Id, subcategory?.Id);
    }

    private static ValidationProblem Problem(List<(string Field, string Message)> errors, IStringLocalizer l) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: l["Validation.SummaryTitle"]);

    private static IQueryable<DeviationReport> WithNames(IQueryable<DeviationReport> reports) =>
        reports.Include(r => r.ReportingPartner).Include(r => r.ReceivingPartner)
            .Include(r => r.ReportingUnit).Include(r => r.ReceivingUnit)
            .Include(r => r.Category).Include(r => r.Subcategory);

    private static DeviationSummaryDto ToSummary(DeviationReport r, DateOnly today) => new(
        r.Id, r.State, r.Track, r.JournalNumber, r.IsComplaint, r.Direction,
        r.ReportingPartnerId, r.ReportingPartner?.Name, r.ReportingUnitId, r.ReportingUnit?.Name,
        r.ReceivingPartnerId, r.ReceivingPartner?.Name, r.ReceivingUnitId, r.ReceivingUnit?.Name,
        r.Category?.Code, r.Subcategory?.Code, r.Phase, r.Consequence, r.EventDate,
        r.CreatedAtUtc, r.SentAtUtc, r.AcknowledgeBy, r.AnswerBy, r.IsOverdue(today));

    private static DeviationDto ToDto(DeviationReport r, DateOnly today) => new(
        ToSummary(r, today),
        new DeviationDetailsDto(
            r.ReporterName, r.ReporterRole, r.EventPartOfDay, r.PatientGroup, r.AgreementReference,
            r.WhatHappened, r.ImmediateAction, r.SuggestedImprovement, r.LocalReference,
            r.AcknowledgedAtUtc, r.AnsweredAtUtc, r.AcceptedAtUtc, r.ClosedAtUtc),
        r.Entries.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(ToEntryDto).ToList());

    private static DeviationEntryDto ToEntryDto(DeviationEntry e) => new(e.Id, e.Kind, e.ToState, e.Side, e.AuthorName, e.Text, e.AtUtc);
}

/// <summary>A page of <c>GET /api/{community}/avvik</c>; <c>Page</c> counts from 1 (the query parameter <c>side</c>).</summary>
public sealed record DeviationPageDto(int Page, int PageSize, int Total, IReadOnlyList<DeviationSummaryDto> Items);

public sealed record DeviationSummaryDto(
    int Id, DeviationState State, DeviationTrack Track, string? JournalNumber, bool IsComplaint, DeviationDirection? Direction,
    int ReportingPartnerId, string? ReportingPartner, int? ReportingUnitId, string? ReportingUnit,
    int? ReceivingPartnerId, string? ReceivingPartner, int? ReceivingUnitId, string? ReceivingUnit,
    string? Category, string? Subcategory, PathwayPhase? Phase, DeviationConsequence? Consequence, DateOnly? EventDate,
    DateTime CreatedAtUtc, DateTime? SentAtUtc, DateOnly? AcknowledgeBy, DateOnly? AnswerBy, bool IsOverdue);

public sealed record DeviationDetailsDto(
    string ReporterName, string? ReporterRole, PartOfDay? EventPartOfDay, PatientGroup? PatientGroup, string? AgreementReference,
    string? WhatHappened, string? ImmediateAction, string? SuggestedImprovement, string? LocalReference,
    DateTime? AcknowledgedAtUtc, DateTime? AnsweredAtUtc, DateTime? AcceptedAtUtc, DateTime? ClosedAtUtc);

/// <summary>A report read in full (the read is logged), with its case history.</summary>
public sealed record DeviationDto(DeviationSummaryDto Report, DeviationDetailsDto Details, IReadOnlyList<DeviationEntryDto> History);

public sealed record DeviationEntryDto(int Id, DeviationEntryKind Kind, DeviationState? ToState, DeviationSide Side, string AuthorName, string? Text, DateTime AtUtc);

/// <summary>
/// A report to send. Partners by id or by municipality or organisation number (not both); without a reporting partner
/// or unit, the reporter's own work unit is used. Category and sub-category by code (e.g. "C", "C1").
/// </summary>
public sealed record DeviationSubmissionDto(
    int? ReportingPartnerId, string? ReportingPartnerNumber, int? ReportingUnitId,
    int? ReceivingPartnerId, string? ReceivingPartnerNumber, int? ReceivingUnitId,
    DateOnly? EventDate, PartOfDay? EventPartOfDay, PathwayPhase? Phase, string? Category, string? Subcategory,
    string? AgreementReference, PatientGroup? PatientGroup, DeviationConsequence? Consequence, bool IsComplaint,
    string? WhatHappened, string? ImmediateAction, string? SuggestedImprovement, string? ReporterRole, string? LocalReference);

/// <summary>A message in a report's dialogue; <c>Side</c> is needed only by someone who may act for both parties.</summary>
public sealed record DeviationMessageDto(string? Text, DeviationSide? Side);
