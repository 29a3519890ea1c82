using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// The case of one report: its fields, deadlines and history, and the dialogue — the workflow steps open to the
/// user, messages between the parties, and routing to a receiving unit. Every step is checked again on the
/// server (a forged post is refused, not just hidden), every text passes the patient-data guard before anything
/// is saved, and every showing of the case is logged as a read.
/// </summary>
public sealed class DetailsModel(
    AppDbContext db,
    DeviationAccess access,
    DeviationReadLog readLog,
    DeviationNotifier notifier,
    DeviationDeadlines deadlines,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Routing is for while the receiver still has the report to handle.</summary>
    private static readonly DeviationState[] RoutableStates = [DeviationState.Sent, DeviationState.Acknowledged, DeviationState.BeingHandled];

    public DeviationReport Report { get; private set; } = null!;

    public IReadOnlySet<DeviationSide> Sides { get; private set; } = new HashSet<DeviationSide>();

    public IReadOnlyList<DeviationAction> Actions { get; private set; } = [];

    public bool CanWriteMessage { get; private set; }

    public bool CanRoute { get; private set; }

    public IReadOnlyList<SelectListItem> UnitOptions { get; private set; } = [];

    public DateOnly Today => OsloTime.Today(clock);

    /// <summary>The local reference is the reporter's key into her own system: the receiving side never sees it.</summary>
    public bool ShowsLocalReference => Sides.Contains(DeviationSide.Reporting);

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await ShowAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(int id, DeviationAction step)
    {
        var (report, scope) = await LoadForChangeAsync(id);
        if (report is null)
        {
            return NotFound();
        }
        // Sending a draft belongs to the report form, which checks the whole report first.
        var handling = Enum.IsDefined(step) && step != DeviationAction.Send;
        var needsText = handling && DeviationWorkflow.NeedsText(step);
        if (!ModelState.IsValid ||
            (needsText && !CheckText(nameof(CaseInput.StepText), step == DeviationAction.Answer ? "Deviations.Case.Answer" : "Deviations.Case.SendBackComment", Input.StepText)))
        {
            return await ShowAgainAsync(id);
        }
        var refusal = !handling
            ? "Deviations.StepNotAllowed"
            : DeviationWorkflow.Apply(report, step, scope.SidesFor(report), Actor(), needsText ? Input.StepText : null, clock.GetUtcNow().UtcDateTime, deadlines);
        if (refusal is not null)
        {
            var field = refusal is "Deviations.AnswerRequired" or "Deviations.SendBackCommentRequired" ? Field(nameof(CaseInput.StepText)) : string.Empty;
            ModelState.AddModelError(field, l[refusal]);
            return await ShowAgainAsync(id);
        }
        db.ExpectVersion(report, Input.Version);
        if (!await db.TrySaveAsync(ModelState, l))
        {
            return await ShowAgainAsync(id);
        }
        var side = report.Entries[^1].Side;
        await notifier.NotifyAsync(report, side, l[$"Deviations.Mail{step}"]);
        return Done(id, l["Deviations.Case.StepDone", l.Enum(report.State)]);
    }

    public async Task<IActionResult> OnPostMessageAsync(int id)
    {
        var (report, scope) = await LoadForChangeAsync(id);
        if (report is null)
        {
            return NotFound();
        }
        var sides = scope.SidesFor(report);
        if (!CanMessage(report, sides))
        {
            ModelState.AddModelError(string.Empty, l[sides.Count == 0 ? "Deviations.Case.MessageNotAllowed" : "Deviations.Case.MessageClosed"]);
            return await ShowAgainAsync(id);
        }
        if (string.IsNullOrWhiteSpace(Input.MessageText))
        {
            ModelState.AddModelError(Field(nameof(CaseInput.MessageText)), l["Deviations.Case.MessageRequired"]);
        }
        if (!CheckText(nameof(CaseInput.MessageText), "Deviations.Case.Message", Input.MessageText) || !ModelState.IsValid)
        {
            return await ShowAgainAsync(id);
        }
        var side = MessageSide(report, sides);
        var actor = Actor();
        report.Entries.Add(new DeviationEntry
        {
            ReportId = report.Id,
            Kind = DeviationEntryKind.Message,
            Side = side,
            AuthorUserId = actor.UserId,
            AuthorName = actor.Name,
            Text = Input.MessageText!.Trim(),
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        await notifier.NotifyAsync(report, side, l["Deviations.MailMessage"]);
        return Done(id, l["Deviations.Case.MessageSent"]);
    }

    public async Task<IActionResult> OnPostRouteAsync(int id)
    {
        var (report, scope) = await LoadForChangeAsync(id);
        if (report is null)
        {
            return NotFound();
        }
        if (!MayRoute(report, scope))
        {
            ModelState.AddModelError(string.Empty, l["Deviations.Case.RouteNotAllowed"]);
            return await ShowAgainAsync(id);
        }
        var unit = Input.RouteUnitId is { } unitId
            ? await db.ServiceUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.PartnerId == report.ReceivingPartnerId)
            : null;
        if (unit is null || !unit.IsActiveOn(Today))
        {
            ModelState.AddModelError(Field(nameof(CaseInput.RouteUnitId)), l["Deviations.Case.RouteUnitInvalid"]);
            return await ShowAgainAsync(id);
        }
        if (unit.Id == report.ReceivingUnitId)
        {
            ModelState.AddModelError(Field(nameof(CaseInput.RouteUnitId)), l["Deviations.Case.RouteSameUnit", unit.Name]);
            return await ShowAgainAsync(id);
        }
        var actor = Actor();
        report.ReceivingUnitId = unit.Id;
        report.Entries.Add(new DeviationEntry
        {
            ReportId = report.Id,
            Kind = DeviationEntryKind.Routed,
            Side = DeviationSide.Receiving,
            AuthorUserId = actor.UserId,
            AuthorName = actor.Name,
            // The unit's name as it was when routed: the history keeps it even if the unit is renamed later.
            Text = unit.Name,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        db.ExpectVersion(report, Input.Version);
        if (!await db.TrySaveAsync(ModelState, l))
        {
            return await ShowAgainAsync(id);
        }
        await notifier.NotifyRoutedAsync(report, l["Deviations.MailRouted"]);
        return Done(id, l["Deviations.Case.Routed", unit.Name]);
    }

    /// <summary>Messages go both ways while the case is open; only the parties write them.</summary>
    private static bool CanMessage(DeviationReport report, IReadOnlySet<DeviationSide> sides) =>
        sides.Count > 0 && report.State is not (DeviationState.Draft or DeviationState.Closed);

    /// <summary>The receiving partner's quality contact, or the secretariat given case access, routes while the receiver still has work.</summary>
    private static bool MayRoute(DeviationReport report, DeviationScope scope) =>
        report.ReceivingPartnerId is { } partnerId &&
        (scope.IsQualityContactOf(partnerId) || (scope.IsSecretariat && scope.IsCaseReader)) &&
        RoutableStates.Contains(report.State);

    /// <summary>The reporter writes as the reporting side; anyone else who may act for the receiver writes as the receiver.</summary>
    private DeviationSide MessageSide(DeviationReport report, IReadOnlySet<DeviationSide> sides) =>
        report.ReporterUserId == Actor().UserId || !sides.Contains(DeviationSide.Receiving) ? DeviationSide.Reporting : DeviationSide.Receiving;

    private DeviationActor Actor() => new(User.FindFirstValue(ClaimTypes.NameIdentifier), User.DisplayName());

    private static string Field(string name) => $"{nameof(Input)}.{name}";

    private bool CheckText(string name, string labelKey, string? text) =>
        PatientDataValidation.Check(ModelState, Field(name), l[labelKey], text, l);

    private IActionResult Done(int id, string status)
    {
        TempData["Status"] = status;
        return RedirectToPage(new { community = RouteData.Values["community"], id });
    }

    /// <summary>The report, tracked for a change, if the user may read it at all (404 otherwise, as for a report that does not exist).</summary>
    private async Task<(DeviationReport? Report, DeviationScope Scope)> LoadForChangeAsync(int id)
    {
        var scope = await access.CurrentAsync();
        var report = await db.DeviationReports.Include(r => r.Entries.OrderBy(e => e.AtUtc).ThenBy(e => e.Id)).SingleOrDefaultAsync(r => r.Id == id);
        return (report is not null && scope.CanRead(report) ? report : null, scope);
    }

    /// <summary>Shows the case again as it now stands, with the user's typed text and the messages about it.</summary>
    private async Task<IActionResult> ShowAgainAsync(int id)
    {
        db.ChangeTracker.Clear();
        // The page shows the current record, so its forms carry the current version.
        ModelState.Remove(Field(nameof(CaseInput.Version)));
        return await ShowAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(int id)
    {
        var scope = await access.CurrentAsync();
        var report = await db.DeviationReports.AsNoTracking().WithCase().SingleOrDefaultAsync(r => r.Id == id);
        if (report is null || !scope.CanRead(report))
        {
            return false;
        }
        await readLog.LogAsync(report);
        Report = report;
        Sides = scope.SidesFor(report);
        Actions = [.. DeviationWorkflow.Available(report, Sides).Where(a => a != DeviationAction.Send)];
        CanWriteMessage = CanMessage(report, Sides);
        CanRoute = MayRoute(report, scope);
        Input.Version = report.Version;
        if (CanRoute)
        {
            var units = await db.ServiceUnits.AsNoTracking()
                .Where(u => u.PartnerId == report.ReceivingPartnerId && (u.ClosedOn == null || u.ClosedOn > Today))
                .OrderBy(u => u.Name)
                .Select(u => new { u.Id, u.Name, u.ParentId })
                .ToListAsync();
            var names = units.ToDictionary(u => u.Id, u => u.Name);
            UnitOptions = [.. units
                .Select(u => new SelectListItem(u.ParentId is { } parent && names.TryGetValue(parent, out var parentName) ? $"{parentName} → {u.Name}" : u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .OrderBy(o => o.Text, StringComparer.Create(WebSetup.Norwegian, ignoreCase: true))];
        }
        return true;
    }
}

/// <summary>What the case page's forms post: the version the page showed, and the text or unit of the one form sent.</summary>
public sealed class CaseInput
{
    public int Version { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Deviations.Case.StepText")]
    public string? StepText { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Deviations.Case.Message")]
    public string? MessageText { get; set; }

    [Display(Name = "Deviations.Case.RouteUnit")]
    public int? RouteUnitId { get; set; }
}
