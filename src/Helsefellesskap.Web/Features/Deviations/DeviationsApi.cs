using System.Globalization;
using System.Security.Claims;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
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

    /// <summary>Attempts at a journal number when two formal reports are sent at once and take the same one.</summary>
    private const int JournalNumberAttempts = 3;

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

    /// <summary>Makes and sends a report, as the form's "Send" does.</summary>
    private static async Task<Results<Created<DeviationDto>, ValidationProblem>> Submit(
        string community, DeviationSubmissionDto input, ClaimsPrincipal user, AppDbContext db, DeviationNotifier notifier,
        DeviationDeadlines deadlines, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        // Tracked, like every record the new report links to, so that linking does not insert them again.
        var reporter = await db.People.Include(p => p.WorkUnit).ThenInclude(u => u!.Partner).FirstOrDefaultAsync(p => p.UserId == userId);
        var today = OsloTime.Today(clock);
        var (parts, errors) = await ValidateAsync(input, reporter?.WorkUnit, db, today, l);
        if (parts is null)
        {
            return Problem(errors, l);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new DeviationReport
        {
            State = DeviationState.Draft,
            ReporterUserId = userId,
            ReporterName = reporter?.Name ?? user.DisplayName(),
            ReporterEmail = reporter?.Email ?? user.FindFirstValue(ClaimTypes.Email),
            ReporterRole = input.ReporterRole?.Trim(),
            ReportingPartner = parts.Reporting,
            ReportingUnit = parts.ReportingUnit,
            ReceivingPartner = parts.Receiving,
            ReceivingUnit = parts.ReceivingUnit,
            Direction = DeviationWorkflow.DirectionOf(parts.Reporting.Kind, parts.Receiving.Kind),
            EventDate = input.EventDate,
            EventPartOfDay = input.EventPartOfDay,
            Phase = input.Phase,
            Category = parts.Category,
            Subcategory = parts.Subcategory,
            AgreementReference = input.AgreementReference?.Trim(),
            PatientGroup = input.PatientGroup,
            Consequence = input.Consequence,
            IsComplaint = input.IsComplaint,
            WhatHappened = input.WhatHappened!.Trim(),
            ImmediateAction = input.ImmediateAction?.Trim(),
            SuggestedImprovement = input.SuggestedImprovement?.Trim(),
            LocalReference = input.LocalReference?.Trim(),
            CreatedAtUtc = now,
        };
        var actor = new DeviationActor(userId, report.ReporterName);
        DeviationWorkflow.Apply(report, DeviationAction.Send, new HashSet<DeviationSide> { DeviationSide.Reporting }, actor, null, now, deadlines);
        db.DeviationReports.Add(report);
        await SaveWithJournalNumberAsync(db, report, now);
        await notifier.NotifyAsync(report, DeviationSide.Reporting, l["Deviations.MailSent"]);
        return TypedResults.Created($"/api/{community}/avvik/{report.Id}", ToDto(report, today));
    }

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
        CheckText(errors, "text", l["Deviations.Api.MessageText"], input.Text, 4000, required: true, l);
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

    private sealed record ReportParts(
        Partner Reporting, ServiceUnit? ReportingUnit, Partner Receiving, ServiceUnit? ReceivingUnit,
        DeviationCategory Category, DeviationCategory? Subcategory);

    /// <summary>
    /// The form's rules for a report to be sent: partners and units that exist and fit together (a receiving unit
    /// never of the reporting partner), an event date not in the future, a category, a consequence and a description,
    /// and no patient data in any free text. The reporting partner and unit default to where the reporter works.
    /// </summary>
    private static async Task<(ReportParts? Parts, List<(string Field, string Message)> Errors)> ValidateAsync(
        DeviationSubmissionDto input, ServiceUnit? workUnit, AppDbContext db, DateOnly today, IStringLocalizer l)
    {
        var errors = new List<(string Field, string Message)>();
        var label = (string property) => l[$"DeviationReport.{property}"].Value;

        CheckText(errors, "whatHappened", label(nameof(DeviationReport.WhatHappened)), input.WhatHappened, 4000, required: true, l);
        CheckText(errors, "immediateAction", label(nameof(DeviationReport.ImmediateAction)), input.ImmediateAction, 2000, required: false, l);
        CheckText(errors, "suggestedImprovement", label(nameof(DeviationReport.SuggestedImprovement)), input.SuggestedImprovement, 2000, required: false, l);
        CheckText(errors, "agreementReference", label(nameof(DeviationReport.AgreementReference)), input.AgreementReference, 500, required: false, l);
        CheckText(errors, "reporterRole", label(nameof(DeviationReport.ReporterRole)), input.ReporterRole, 200, required: false, l);
        CheckText(errors, "localReference", label(nameof(DeviationReport.LocalReference)), input.LocalReference, 100, required: false, l);

        if (input.EventDate is null)
        {
            errors.Add(("eventDate", l["Validation.Required", label(nameof(DeviationReport.EventDate))]));
        }
        else if (input.EventDate > today)
        {
            errors.Add(("eventDate", l["Deviations.Api.EventDateInFuture"]));
        }
        if (input.Consequence is null)
        {
            errors.Add(("consequence", l["Validation.Required", label(nameof(DeviationReport.Consequence))]));
        }

        var unitDate = input.EventDate is { } eventDate && eventDate <= today ? eventDate : today;
        var reportingUnit = await UnitAsync(db, errors, "reportingUnitId", input.ReportingUnitId, unitDate, l);
        var reporting = await PartnerAsync(db, errors, "reportingPartner", input.ReportingPartnerId, input.ReportingPartnerNumber, l);
        var partnerGiven = input.ReportingPartnerId is not null || !string.IsNullOrWhiteSpace(input.ReportingPartnerNumber);
        if (!partnerGiven && input.ReportingUnitId is null)
        {
            (reporting, reportingUnit) = (workUnit?.Partner, workUnit);
            if (reporting is null)
            {
                errors.Add(("reportingPartner", l["Deviations.Api.ReportingPartnerRequired"]));
            }
        }
        else if (!partnerGiven)
        {
            reporting = reportingUnit?.Partner;
        }
        else if (input.ReportingUnitId is null && reporting is not null && workUnit?.PartnerId == reporting.Id)
        {
            reportingUnit = workUnit;
        }
        if (reporting is not null && reportingUnit is not null && reportingUnit.PartnerId != reporting.Id)
        {
            errors.Add(("reportingUnitId", l["Deviations.Api.UnitNotOfPartner", label("ReportingUnit"), label("ReportingPartner")]));
        }

        var receivingUnit = await UnitAsync(db, errors, "receivingUnitId", input.ReceivingUnitId, unitDate, l);
        var receiving = await PartnerAsync(db, errors, "receivingPartner", input.ReceivingPartnerId, input.ReceivingPartnerNumber, l);
        if (input.ReceivingPartnerId is null && input.ReceivingPartnerNumber is null)
        {
            receiving = receivingUnit?.Partner;
            if (input.ReceivingUnitId is null)
            {
                errors.Add(("receivingPartner", l["Validation.Required", label("ReceivingPartner")]));
            }
        }
        if (receivingUnit is not null && reporting is not null && receivingUnit.PartnerId == reporting.Id)
        {
            errors.Add(("receivingUnitId", l["Deviations.Api.ReceivingUnitOfReporter"]));
        }
        else if (receiving is not null && reporting is not null && receiving.Id == reporting.Id)
        {
            errors.Add(("receivingPartner", l["Deviations.Api.SamePartner"]));
        }
        else if (receiving is not null && receivingUnit is not null && receivingUnit.PartnerId != receiving.Id)
        {
            errors.Add(("receivingUnitId", l["Deviations.Api.UnitNotOfPartner", label("ReceivingUnit"), label("ReceivingPartner")]));
        }

        var (category, subcategory) = await CategoriesAsync(db, errors, input.Category, input.Subcategory, l);
        if (errors.Count > 0 || reporting is null || receiving is null || category is null)
        {
            return (null, errors);
        }
        return (new ReportParts(reporting, reportingUnit, receiving, receivingUnit, category, subcategory), errors);
    }

    /// <summary>Length and patient data; messages name the field and the position, never the text.</summary>
    private static void CheckText(List<(string Field, string Message)> errors, string field, string label, string? text, int maxLength, bool required, IStringLocalizer l)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add((field, l["Validation.Required", label]));
            }
            return;
        }
        if (text.Trim().Length > maxLength)
        {
            errors.Add((field, l["Validation.MaxLength", label, maxLength]));
        }
        errors.AddRange(PatientDataValidation.Messages(label, text, l).Select(message => (field, message)));
    }

    /// <summary>A partner by id, or by municipality number (4 digits) or organisation number (9 digits).</summary>
    private static async Task<Partner?> PartnerAsync(AppDbContext db, List<(string, string)> errors, string field, int? id, string? number, IStringLocalizer l)
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
        var partner = id is { } partnerId
            ? await db.Partners.SingleOrDefaultAsync(p => p.Id == partnerId)
            : await db.Partners.FirstOrDefaultAsync(p => p.MunicipalityNumber == digits || p.OrganisationNumber == digits);
        if (partner is null)
        {
            errors.Add((field, l["Deviations.Api.UnknownPartner"]));
        }
        return partner;
    }

    private static async Task<ServiceUnit?> UnitAsync(AppDbContext db, List<(string, string)> errors, string field, int? id, DateOnly on, IStringLocalizer l)
    {
        if (id is not { } unitId)
        {
            return null;
        }
        var unit = await db.ServiceUnits.Include(u => u.Partner).SingleOrDefaultAsync(u => u.Id == unitId);
        if (unit is null || !unit.IsActiveOn(on))
        {
            errors.Add((field, l["Deviations.Api.UnknownUnit"]));
            return null;
        }
        return unit;
    }

    private static async Task<(DeviationCategory? Category, DeviationCategory? Subcategory)> CategoriesAsync(
        AppDbContext db, List<(string, string)> errors, string? categoryCode, string? subcategoryCode, IStringLocalizer l)
    {
        if (string.IsNullOrWhiteSpace(categoryCode))
        {
            errors.Add(("category", l["Validation.Required", l["DeviationReport.Category"]]));
            return (null, null);
        }
        var codes = new[] { categoryCode.Trim(), subcategoryCode?.Trim() ?? "" };
        var found = await db.DeviationCategories.Where(c => codes.Contains(c.Code) && !c.IsRetired).ToListAsync();
        var category = found.SingleOrDefault(c => c.Code == codes[0] && c.ParentId == null);
        var subcategory = found.SingleOrDefault(c => c.Code == codes[1] && c.ParentId != null);
        if (category is null)
        {
            errors.Add(("category", l["Deviations.Api.UnknownCategory"]));
        }
        if (!string.IsNullOrWhiteSpace(subcategoryCode) && (subcategory is null || (category is not null && subcategory.ParentId != category.Id)))
        {
            errors.Add(("subcategory", l["Deviations.Api.UnknownSubcategory"]));
            subcategory = null;
        }
        return (category, subcategory);
    }

    /// <summary>
    /// Saves a new report; a formal one gets the next journal number of its year ("2026/17"), retried if another
    /// report took the same number meanwhile (the number is unique per community).
    /// </summary>
    private static async Task SaveWithJournalNumberAsync(AppDbContext db, DeviationReport report, DateTime nowUtc)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (report.Track == DeviationTrack.Formal)
            {
                var year = OsloTime.ToOslo(nowUtc).Year.ToString(CultureInfo.InvariantCulture);
                var taken = await db.DeviationReports.CountAsync(r => r.JournalNumber != null && r.JournalNumber.StartsWith(year + "/"));
                report.JournalNumber = $"{year}/{taken + attempt}";
            }
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException) when (report.Track == DeviationTrack.Formal && attempt < JournalNumberAttempts)
            {
                // Someone else took the number; count again.
            }
        }
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
