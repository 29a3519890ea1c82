using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// The report form: a draft is made on the first save (or autosave) and only its author edits it; sending it hands
/// it to <see cref="DeviationSubmission"/>. A field whose text holds patient data is never stored: the page comes back
/// with everything typed and a message at the field, and autosave stores the other fields.
/// </summary>
public sealed class ReportModel(
    AppDbContext db,
    DeviationAccess access,
    DeviationSubmission submission,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public DeviationReportInput Input { get; set; } = new();

    /// <summary>The draft's id; null until it is first saved.</summary>
    public int? Id { get; private set; }

    public ReportFormOptions Options { get; private set; } = ReportFormOptions.Empty;

    /// <summary>The latest event date (Oslo today).</summary>
    public DateOnly Today => OsloTime.Today(clock);

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is null)
        {
            var person = await PersonAsync();
            Input = new DeviationReportInput
            {
                ReportingUnitId = person?.WorkUnitId,
                ReportingPartnerId = person?.WorkUnit?.PartnerId,
                ReporterRole = person?.Title,
                EventDate = Today,
            };
        }
        else
        {
            var (report, refusal) = await OwnDraftAsync(id.Value);
            if (refusal is not null)
            {
                return refusal;
            }
            Id = id;
            Input = DeviationReportInput.From(report!);
        }
        await LoadOptionsAsync();
        return Page();
    }

    /// <summary>"Lagre utkast": saves the draft when every field is acceptable, else shows the form again.</summary>
    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var (report, refusal) = await DraftForPostAsync(id);
        if (refusal is not null)
        {
            return refusal;
        }
        await ValidateAsync(forSending: false);
        if (ModelState.IsValid)
        {
            Track(report!);
            Input.ApplyTo(report!, skip: new HashSet<string>());
            if (await db.TrySaveAsync(ModelState, l))
            {
                TempData["Status"] = l["Deviations.Form.DraftSaved"].Value;
                return RedirectToPage(null, null, new { community = RouteData.Values["community"], id = report!.Id }, null);
            }
            Input.Version = report!.Version;
        }
        return await FormAsync(id);
    }

    /// <summary>"Send avviket": checks everything sending needs, sends, and opens the case.</summary>
    public async Task<IActionResult> OnPostSendAsync(int? id)
    {
        var (report, refusal) = await DraftForPostAsync(id);
        if (refusal is not null)
        {
            return refusal;
        }
        if (ModelState.IsValid)
        {
            Track(report!);
            Input.ApplyTo(report!, skip: new HashSet<string>());
            try
            {
                AddErrors(await submission.SendAsync(report!));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, l["Validation.ConcurrencyConflict"]);
                Input.Version = await db.DeviationReports.Where(r => r.Id == report!.Id).Select(r => r.Version).SingleAsync();
            }
            if (ModelState.IsValid)
            {
                TempData["Status"] = report!.JournalNumber is { } journal
                    ? l["Deviations.Form.SentFormal", report.Id, journal].Value
                    : l["Deviations.Form.Sent", report.Id].Value;
                return Redirect($"/{RouteData.Values["community"]}/avvik/{report.Id}");
            }
        }
        else
        {
            // Model-binding errors first, then what sending would also refuse, so she sees everything at once.
            await ValidateAsync(forSending: true);
        }
        return await FormAsync(id);
    }

    /// <summary>
    /// Autosave from <c>deviation-autosave.js</c>: stores every acceptable field (creating the draft on the first
    /// call) and returns the id, version and the refused fields; 409 when someone saved a newer version.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int? id)
    {
        var (report, refusal) = await DraftForPostAsync(id);
        if (refusal is not null)
        {
            return refusal is RedirectResult
                ? new JsonResult(new { message = l["Deviations.Form.AlreadySent"].Value }) { StatusCode = StatusCodes.Status409Conflict }
                : refusal;
        }
        await ValidateAsync(forSending: false);
        var refused = ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => FieldOf(e.Key)).ToHashSet();
        var errors = ModelState.Where(e => e.Value!.Errors.Count > 0)
            .SelectMany(e => e.Value!.Errors.Select(error => new { field = e.Key, message = error.ErrorMessage }))
            .ToList();
        var isNew = id is null;
        if (isNew && refused.Contains(nameof(DeviationReportInput.ReportingPartnerId)))
        {
            return new JsonResult(new { id = (int?)null, url = (string?)null, version = 0, savedAt = (DateTime?)null, errors });
        }
        if (!isNew && report!.Version != Input.Version)
        {
            return Conflict(report.Version);
        }
        Track(report!);
        Input.ApplyTo(report!, refused);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(await db.DeviationReports.Where(r => r.Id == report!.Id).Select(r => r.Version).SingleAsync());
        }
        var url = Url.Page("/Deviations/Report", null, new { community = RouteData.Values["community"], id = report!.Id });
        return new JsonResult(new { id = (int?)report.Id, url, version = report.Version, savedAt = (DateTime?)clock.GetUtcNow().UtcDateTime, errors });
    }

    /// <summary>Her own draft may be thrown away.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int? id)
    {
        if (id is null)
        {
            return NotFound();
        }
        var (report, refusal) = await OwnDraftAsync(id.Value);
        if (refusal is not null)
        {
            return refusal;
        }
        db.DeviationReports.Remove(report!);
        await db.SaveChangesAsync();
        TempData["Status"] = l["Deviations.Form.DraftDeleted"].Value;
        return RedirectToPage("Index", new { community = RouteData.Values["community"] });
    }

    /// <summary>A new draft is added; a saved one must still be at the version her form was opened on.</summary>
    private void Track(DeviationReport report)
    {
        if (report.Id == 0)
        {
            db.DeviationReports.Add(report);
        }
        else
        {
            db.ExpectVersion(report, Input.Version);
        }
    }

    private JsonResult Conflict(int version) =>
        new(new { message = l["Deviations.Form.Conflict"].Value, version }) { StatusCode = StatusCodes.Status409Conflict };

    /// <summary>The draft a post works on: her saved draft, or a new one (not yet added) when there is no id.</summary>
    private async Task<(DeviationReport? Report, IActionResult? Refusal)> DraftForPostAsync(int? id)
    {
        if (id is { } existing)
        {
            return await OwnDraftAsync(existing);
        }
        var person = await PersonAsync();
        return (new DeviationReport
        {
            State = DeviationState.Draft,
            ReporterUserId = UserId,
            ReporterName = person?.Name ?? User.DisplayName(),
            ReporterEmail = person?.Email ?? User.FindFirstValue(ClaimTypes.Email),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        }, null);
    }

    /// <summary>
    /// Her draft, tracked. Someone else's draft is not found; a sent report is edited nowhere, so its reader is taken
    /// to the case and anyone else finds nothing.
    /// </summary>
    private async Task<(DeviationReport? Report, IActionResult? Refusal)> OwnDraftAsync(int id)
    {
        var report = await db.DeviationReports.SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return (null, NotFound());
        }
        if (report.State != DeviationState.Draft)
        {
            var scope = await access.CurrentAsync();
            return (null, scope.CanRead(report) ? Redirect($"/{RouteData.Values["community"]}/avvik/{report.Id}") : NotFound());
        }
        return report.ReporterUserId == UserId ? (report, null) : (null, NotFound());
    }

    private Task<People.Person?> PersonAsync() =>
        db.People.AsNoTracking().Include(p => p.WorkUnit).Where(p => p.UserId == UserId).OrderBy(p => p.Id).FirstOrDefaultAsync();

    /// <summary>Runs the content rules on what she typed and adds the refusals to the model state.</summary>
    private async Task ValidateAsync(bool forSending)
    {
        var candidate = new DeviationReport { ReporterUserId = UserId, ReporterName = "" };
        Input.ApplyTo(candidate, skip: new HashSet<string>());
        AddErrors(await submission.ValidateAsync(candidate, forSending));
    }

    private void AddErrors(IEnumerable<DeviationFieldError> errors)
    {
        foreach (var error in errors)
        {
            var key = error.Field.Length == 0 ? string.Empty : $"{nameof(Input)}.{error.Field}";
            if (ModelState[key]?.Errors.Any(e => e.ErrorMessage == error.Message) != true)
            {
                ModelState.AddModelError(key, error.Message);
            }
        }
    }

    private static string FieldOf(string key) => key.StartsWith($"{nameof(Input)}.", StringComparison.Ordinal) ? key[(nameof(Input).Length + 1)..] : key;

    private async Task<IActionResult> FormAsync(int? id)
    {
        Id = id;
        await LoadOptionsAsync();
        return Page();
    }

    private async Task LoadOptionsAsync() =>
        Options = await ReportFormOptions.LoadAsync(db, Today, Input.ReportingUnitId, Input.ReceivingUnitId);
}

/// <summary>The fields of the report form, as typed. Texts are checked by <see cref="DeviationSubmission"/>, not here.</summary>
public sealed class DeviationReportInput
{
    public int Version { get; set; }

    [Display(Name = "DeviationReport.ReportingPartner")]
    public int? ReportingPartnerId { get; set; }

    [Display(Name = "DeviationReport.ReportingUnit")]
    public int? ReportingUnitId { get; set; }

    [Display(Name = "DeviationReport.ReceivingPartner")]
    public int? ReceivingPartnerId { get; set; }

    [Display(Name = "DeviationReport.ReceivingUnit")]
    public int? ReceivingUnitId { get; set; }

    [Display(Name = "DeviationReport.EventDate")]
    public DateOnly? EventDate { get; set; }

    [Display(Name = "DeviationReport.EventPartOfDay")]
    public PartOfDay? EventPartOfDay { get; set; }

    [Display(Name = "DeviationReport.Phase")]
    public PathwayPhase? Phase { get; set; }

    [Display(Name = "DeviationReport.Category")]
    public int? CategoryId { get; set; }

    [Display(Name = "DeviationReport.Subcategory")]
    public int? SubcategoryId { get; set; }

    [Display(Name = "DeviationReport.AgreementReference")]
    public string? AgreementReference { get; set; }

    [Display(Name = "DeviationReport.PatientGroup")]
    public PatientGroup? PatientGroup { get; set; }

    [Display(Name = "DeviationReport.Consequence")]
    public DeviationConsequence? Consequence { get; set; }

    [Display(Name = "DeviationReport.IsComplaint")]
    public bool IsComplaint { get; set; }

    [Display(Name = "DeviationReport.WhatHappened")]
    public string? WhatHappened { get; set; }

    [Display(Name = "DeviationReport.ImmediateAction")]
    public string? ImmediateAction { get; set; }

    [Display(Name = "DeviationReport.SuggestedImprovement")]
    public string? SuggestedImprovement { get; set; }

    [Display(Name = "DeviationReport.ReporterRole")]
    public string? ReporterRole { get; set; }

    [Display(Name = "DeviationReport.LocalReference")]
    public string? LocalReference { get; set; }

    public static DeviationReportInput From(DeviationReport r) => new()
    {
        Version = r.Version,
        ReportingPartnerId = r.ReportingPartnerId,
        ReportingUnitId = r.ReportingUnitId,
        ReceivingPartnerId = r.ReceivingPartnerId,
        ReceivingUnitId = r.ReceivingUnitId,
        EventDate = r.EventDate,
        EventPartOfDay = r.EventPartOfDay,
        Phase = r.Phase,
        CategoryId = r.CategoryId,
        SubcategoryId = r.SubcategoryId,
        AgreementReference = r.AgreementReference,
        PatientGroup = r.PatientGroup,
        Consequence = r.Consequence,
        IsComplaint = r.IsComplaint,
        WhatHappened = r.WhatHappened,
        ImmediateAction = r.ImmediateAction,
        SuggestedImprovement = r.SuggestedImprovement,
        ReporterRole = r.ReporterRole,
        LocalReference = r.LocalReference,
    };

    /// <summary>Copies the fields onto the report, except those named in <paramref name="skip"/> (refused ones).</summary>
    public void ApplyTo(DeviationReport r, IReadOnlySet<string> skip)
    {
        void Set(string field, Action apply)
        {
            if (!skip.Contains(field))
            {
                apply();
            }
        }

        Set(nameof(ReportingPartnerId), () => r.ReportingPartnerId = ReportingPartnerId ?? 0);
        Set(nameof(ReportingUnitId), () => r.ReportingUnitId = ReportingUnitId);
        Set(nameof(ReceivingPartnerId), () => r.ReceivingPartnerId = ReceivingPartnerId);
        Set(nameof(ReceivingUnitId), () => r.ReceivingUnitId = ReceivingUnitId);
        Set(nameof(EventDate), () => r.EventDate = EventDate);
        Set(nameof(EventPartOfDay), () => r.EventPartOfDay = EventPartOfDay);
        Set(nameof(Phase), () => r.Phase = Phase);
        Set(nameof(CategoryId), () => r.CategoryId = CategoryId);
        Set(nameof(SubcategoryId), () => r.SubcategoryId = SubcategoryId);
        Set(nameof(AgreementReference), () => r.AgreementReference = Clean(AgreementReference));
        Set(nameof(PatientGroup), () => r.PatientGroup = PatientGroup);
        Set(nameof(Consequence), () => r.Consequence = Consequence);
        Set(nameof(IsComplaint), () => r.IsComplaint = IsComplaint);
        Set(nameof(WhatHappened), () => r.WhatHappened = Clean(WhatHappened));
        Set(nameof(ImmediateAction), () => r.ImmediateAction = Clean(ImmediateAction));
        Set(nameof(SuggestedImprovement), () => r.SuggestedImprovement = Clean(SuggestedImprovement));
        Set(nameof(ReporterRole), () => r.ReporterRole = Clean(ReporterRole));
        Set(nameof(LocalReference), () => r.LocalReference = Clean(LocalReference));
    }

    /// <summary>Line breaks as the browser's text box counts them, so the positions in messages match what she sees.</summary>
    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
