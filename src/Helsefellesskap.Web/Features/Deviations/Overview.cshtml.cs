using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// The de-identified list of sent reports for the secretariat, the quality committee and case readers: the quarter
/// of the event and the coded facts only — no text, no reporter, no local reference, no dates — and a link to the
/// case only where she may read it in full.
/// </summary>
public sealed class OverviewModel(AppDbContext db, DeviationAccess access, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>How many years the year filter offers, this year first.</summary>
    private const int YearsBack = 10;

    [BindProperty(SupportsGet = true, Name = "aar")]
    public int? Year { get; set; }

    /// <summary>1–4; applies together with a year.</summary>
    [BindProperty(SupportsGet = true, Name = "kvartal")]
    public int? Quarter { get; set; }

    [BindProperty(SupportsGet = true, Name = "partner")]
    public int? PartnerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kategori")]
    public int? CategoryId { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public DeviationState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    public IReadOnlySet<int> ReadableIds { get; private set; } = new HashSet<int>();

    public bool HasNextPage { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CategoryOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = await access.CurrentAsync();
        if (!scope.CanSeeDeidentifiedList)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        PageNumber = Math.Max(1, PageNumber);
        var query = db.DeviationReports.AsNoTracking().Where(r => r.State != DeviationState.Draft);
        if (Year is { } year && year is >= 2000 and <= 9999)
        {
            var (from, to) = Quarter is >= 1 and <= 4
                ? (new DateOnly(year, ((Quarter.Value - 1) * 3) + 1, 1), new DateOnly(year, ((Quarter.Value - 1) * 3) + 1, 1).AddMonths(3))
                : (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            query = query.Where(r => r.EventDate >= from && r.EventDate < to);
        }
        if (PartnerId is { } partnerId)
        {
            query = query.Where(r => r.ReportingPartnerId == partnerId || r.ReceivingPartnerId == partnerId);
        }
        if (CategoryId is { } categoryId)
        {
            query = query.Where(r => r.CategoryId == categoryId);
        }
        if (State is { } state)
        {
            query = query.Where(r => r.State == state);
        }
        var rows = await query
            .OrderByDescending(r => r.EventDate).ThenByDescending(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(r => new OverviewRow(
                r.Id,
                r.EventDate,
                r.ReportingPartner!.Name,
                r.ReportingUnit == null ? null : r.ReportingUnit.Name,
                r.ReceivingPartner == null ? null : r.ReceivingPartner.Name,
                r.ReceivingUnit == null ? null : r.ReceivingUnit.Name,
                r.Direction,
                r.Phase,
                r.Category == null ? null : r.Category.Code + " " + r.Category.Name,
                r.Subcategory == null ? null : r.Subcategory.Code + " " + r.Subcategory.Name,
                r.Consequence,
                r.Track,
                r.State))
            .ToListAsync();
        HasNextPage = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
        var ids = Rows.Select(r => r.Id).ToList();
        ReadableIds = (await scope.Readable(db.DeviationReports).Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync()).ToHashSet();

        var thisYear = OsloTime.Today(clock).Year;
        Years = Enumerable.Range(0, YearsBack).Select(back => thisYear - back).ToList();
        PartnerOptions = await db.Partners.AsNoTracking()
            .Where(p => DeviationSubmission.ReportingKinds.Contains(p.Kind))
            .OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(CultureInfo.InvariantCulture), p.Id == PartnerId))
            .ToListAsync();
        CategoryOptions = await db.DeviationCategories.AsNoTracking()
            .Where(c => c.ParentId == null)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new SelectListItem(c.Code + " " + c.Name, c.Id.ToString(CultureInfo.InvariantCulture), c.Id == CategoryId))
            .ToListAsync();
        return Page();
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["community"] = RouteData.Values["community"] as string,
        ["aar"] = Year?.ToString(CultureInfo.InvariantCulture),
        ["kvartal"] = Quarter?.ToString(CultureInfo.InvariantCulture),
        ["partner"] = PartnerId?.ToString(CultureInfo.InvariantCulture),
        ["kategori"] = CategoryId?.ToString(CultureInfo.InvariantCulture),
        ["status"] = State?.ToString(),
        ["side"] = page.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>One report as the de-identified list shows it; the event date is only used for its quarter.</summary>
public sealed record OverviewRow(
    int Id,
    DateOnly? EventDate,
    string ReportingPartner,
    string? ReportingUnit,
    string? ReceivingPartner,
    string? ReceivingUnit,
    DeviationDirection? Direction,
    PathwayPhase? Phase,
    string? Category,
    string? Subcategory,
    DeviationConsequence? Consequence,
    DeviationTrack Track,
    DeviationState State)
{
    public int? QuarterOfEvent => EventDate is { } date ? ((date.Month - 1) / 3) + 1 : null;
}
