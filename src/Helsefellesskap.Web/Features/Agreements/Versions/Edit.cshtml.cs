using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Versions;

/// <summary>
/// Registers a version of an agreement or edits one: its number (unique), what changed, where it was treated, and
/// its text or file. Once a party has adopted the version its text and file are fixed.
/// </summary>
[TypeFilter<UploadLimitFilter>(Order = UploadLimitFilter.Order)]
public sealed class EditModel(AppDbContext db, AuditView audit, AgreementFiles files, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : EditPageModel<AgreementVersion, VersionInput>(db, audit, l)
{
    public Agreement Agreement { get; private set; } = null!;

    /// <summary>The stored version's file, if any.</summary>
    public string? StoredFileName { get; private set; }

    /// <summary>A party has adopted the version: its text and file may not change.</summary>
    public bool TextLocked { get; private set; }

    public IReadOnlyList<SelectListItem> ItemOptions { get; private set; } = [];

    public long MaxUploadBytes => files.MaxBytes;

    private AgreementVersion? stored;

    private StoredAgreementFile? uploaded;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var agreementId = int.Parse((string)RouteData.Values["agreementId"]!, System.Globalization.CultureInfo.InvariantCulture);
        var agreement = await Db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId);
        if (RouteData.Values["id"] is string routeId && int.TryParse(routeId, out var id))
        {
            stored = await Db.AgreementVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id && v.AgreementId == agreementId);
            if (stored is null)
            {
                context.Result = NotFound();
                return;
            }
            StoredFileName = stored.FileName;
            TextLocked = AgreementRules.IsTextLocked(await Db.AgreementAdoptions.CountAsync(a => a.VersionId == id));
        }
        if (agreement is null)
        {
            context.Result = NotFound();
            return;
        }
        Agreement = agreement;
        var executed = await next();
        // A file stored for a save that then failed (someone else saved first) is not kept: the form asks for it again.
        if (uploaded is not null && executed.Result is PageResult)
        {
            await files.DeleteAsync(uploaded.BlobKey);
        }
    }

    protected override AgreementVersion NewEntity() => new() { AgreementId = Agreement.Id };

    protected override void InitialiseNew() => Input = new VersionInput { Date = OsloTime.Today(clock) };

    protected override async Task ValidateAsync()
    {
        var others = await Db.AgreementVersions.AsNoTracking()
            .Where(v => v.AgreementId == Agreement.Id && v.Id != (Id ?? 0))
            .Select(v => v.Number)
            .ToListAsync();
        foreach (var violation in AgreementRules.CheckVersionNumber(Input.Number, others))
        {
            ModelState.AddModelError(Field(nameof(VersionInput.Number)), L[violation.Key, violation.Arguments]);
        }
        if (Input.TreatedInItemId is { } itemId && !await Db.AgendaItems.AnyAsync(i => i.Id == itemId))
        {
            ModelState.AddModelError(Field(nameof(VersionInput.TreatedInItemId)), L["Validation.ValueIsInvalid", itemId]);
        }
        var textChanged = VersionInput.NormaliseText(Input.Text) != VersionInput.NormaliseText(stored?.Text);
        if (TextLocked && (textChanged || Input.File is not null || Input.RemoveFile))
        {
            ModelState.AddModelError(Field(nameof(VersionInput.Text)), L["Agreements.TextLocked"]);
        }
        // Stored last, so that a file is only kept when everything else is right.
        if (ModelState.IsValid && Input.File is { } file)
        {
            var (storedFile, error) = await files.StoreAsync(Agreement.CommunityId, file, HttpContext.RequestAborted);
            if (error is not null)
            {
                ModelState.AddModelError(Field(nameof(VersionInput.File)), error);
            }
            uploaded = storedFile;
        }
    }

    protected override void BeforeApply(AgreementVersion version)
    {
        if (uploaded is not null)
        {
            uploaded.ApplyTo(version);
        }
        else if (Input.RemoveFile)
        {
            version.FileBlobKey = version.FileName = version.FileContentType = version.FileSha256 = null;
            version.FileSize = null;
        }
    }

    /// <summary>A replaced or removed file is deleted only once the version no longer points at it.</summary>
    protected override async Task OnSavedAsync(AgreementVersion version)
    {
        if (stored?.FileBlobKey is { } old && old != version.FileBlobKey)
        {
            await files.DeleteAsync(old);
        }
    }

    protected override IActionResult AfterSave(AgreementVersion version) =>
        RedirectToPage("Details", new { community = RouteData.Values["community"], id = version.Id });

    protected override async Task LoadOptionsAsync()
    {
        if (Id is null && Input.Number == 0)
        {
            Input.Number = (await Db.AgreementVersions.Where(v => v.AgreementId == Agreement.Id).MaxAsync(v => (int?)v.Number) ?? 0) + 1;
        }
        var items = await Db.AgendaItems.AsNoTracking()
            .Where(i => i.CaseYear != null || i.Id == Input.TreatedInItemId)
            .OrderByDescending(i => i.CaseYear).ThenByDescending(i => i.CaseSequence)
            .Select(i => new { i.Id, i.CaseYear, i.CaseSequence, i.Title, i.Meeting!.Body!.ShortName })
            .ToListAsync();
        ItemOptions = items
            .Select(i => new SelectListItem($"{VersionTable.CaseLabel(i.ShortName, i.CaseYear, i.CaseSequence, i.Title)} – {i.Title}", i.Id.ToString()))
            .ToList();
    }

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

public sealed class VersionInput : IEntityInput<AgreementVersion, VersionInput>
{
    [Range(1, 10_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "AgreementVersion.Number")]
    public int Number { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "AgreementVersion.Date")]
    public DateOnly? Date { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgreementVersion.ChaptersChanged")]
    public string? ChaptersChanged { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgreementVersion.ChangeSummary")]
    public string? ChangeSummary { get; set; }

    [StringLength(200_000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgreementVersion.Text")]
    public string? Text { get; set; }

    [Display(Name = "AgreementVersion.File")]
    public IFormFile? File { get; set; }

    [Display(Name = "Agreements.RemoveFile")]
    public bool RemoveFile { get; set; }

    [Display(Name = "AgreementVersion.TreatedInItemId")]
    public int? TreatedInItemId { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AgreementVersion.TreatedInText")]
    public string? TreatedInText { get; set; }

    public int Version { get; set; }

    public static VersionInput FromEntity(AgreementVersion v) => new()
    {
        Number = v.Number,
        Date = v.Date,
        ChaptersChanged = v.ChaptersChanged,
        ChangeSummary = v.ChangeSummary,
        Text = v.Text,
        TreatedInItemId = v.TreatedInItemId,
        TreatedInText = v.TreatedInText,
        Version = v.Version,
    };

    public void ApplyTo(AgreementVersion v)
    {
        v.Number = Number;
        v.Date = Date!.Value;
        v.ChaptersChanged = ChaptersChanged.TrimToNull();
        v.ChangeSummary = ChangeSummary.TrimToNull();
        v.Text = NormaliseText(Text);
        v.TreatedInItemId = TreatedInItemId;
        v.TreatedInText = TreatedInItemId is null ? TreatedInText.TrimToNull() : null;
    }

    /// <summary>Browsers post CRLF; the text is kept with plain line breaks so that an unchanged text compares equal.</summary>
    public static string? NormaliseText(string? text) => text.TrimToNull()?.ReplaceLineEndings("\n");
}
