using System.Globalization;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.Statistics;

/// <summary>
/// The statistics dashboard: a chart and a table for each breakdown, and the durations. The secretariat sees every
/// count and may attach the committee report to an agenda item of an upcoming FSU or SSU meeting.
/// </summary>
public sealed class IndexModel(
    DeviationStatistics statistics,
    DeviationAccess access,
    AppDbContext db,
    AttachmentUploader uploader,
    TenantContext tenant,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The bodies whose meetings a committee report may be attached to: SSU and FSU.</summary>
    private static readonly BodyType[] CommitteeTypes = [BodyType.StrategicCommittee, BodyType.ProfessionalCommittee];

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "fra")]
    public int? FromQuarter { get; set; }

    [BindProperty(SupportsGet = true, Name = "til")]
    public int? ToQuarter { get; set; }

    [BindProperty(SupportsGet = true, Name = "partner")]
    public int? PartnerId { get; set; }

    /// <summary>The agenda item to attach the committee report to.</summary>
    [BindProperty(Name = "sak")]
    public int? AgendaItemId { get; set; }

    public PublishedStatistics? Statistics { get; private set; }

    public bool IsSecretariat { get; private set; }

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AgendaItemOptions { get; private set; } = [];

    /// <summary>The filter as route values for links to the exports and for the attach form.</summary>
    public Dictionary<string, string> FilterRoute { get; private set; } = [];

    public string FilterQuery => QueryString.Create(FilterRoute.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))).Value ?? "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAttachAsync()
    {
        if (!(await access.CurrentAsync()).IsSecretariat)
        {
            return Forbid();
        }
        var item = AgendaItemId is { } id
            ? await UpcomingCommitteeItems().Where(i => i.Id == id).SingleOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        if (item is null)
        {
            ModelState.AddModelError("sak", l["Statistics.Attach.ChooseItem"]);
            await LoadAsync();
            return Page();
        }
        var (published, error) = await statistics.PublishAsync(Year, FromQuarter, ToQuarter, PartnerId, suppress: true, HttpContext.RequestAborted);
        if (published is null)
        {
            ModelState.AddModelError("ar", error!);
            await LoadAsync();
            return Page();
        }
        var pdf = CommitteeReportPdf.Render(published, tenant.Community!.Name, OsloTime.Today(clock), l);
        var title = l["Statistics.Report.AttachmentTitle", published.Filter.PeriodText(l)];
        using var content = new MemoryStream(pdf);
        var result = await uploader.UploadAsync(item, title, content, StatisticsEndpoints.ReportFileName(l, published.Filter), HttpContext.RequestAborted);
        if (result.Attachment is null)
        {
            ModelState.AddModelError("sak", result.Error!);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = l["Statistics.Attach.Done", result.Attachment.Title, item.Title].Value;
        return RedirectToPage(new { community = tenant.Slug, ar = published.Filter.Year, fra = published.Filter.FromQuarter, til = published.Filter.ToQuarter, partner = PartnerId });
    }

    private async Task LoadAsync()
    {
        var scope = await access.CurrentAsync();
        IsSecretariat = scope.IsSecretariat;
        PartnerOptions = await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(CultureInfo.InvariantCulture), p.Id == PartnerId))
            .ToListAsync();
        var (published, error) = await statistics.PublishAsync(Year, FromQuarter, ToQuarter, PartnerId, !scope.SeesSmallCounts, HttpContext.RequestAborted);
        if (published is null)
        {
            ModelState.AddModelError("ar", error!);
            return;
        }
        Statistics = published;
        var filter = published.Filter;
        Year = filter.Year;
        FromQuarter = filter.FromQuarter;
        ToQuarter = filter.ToQuarter;
        FilterRoute = new()
        {
            ["ar"] = filter.Year.ToString(CultureInfo.InvariantCulture),
            ["fra"] = filter.FromQuarter.ToString(CultureInfo.InvariantCulture),
            ["til"] = filter.ToQuarter.ToString(CultureInfo.InvariantCulture),
        };
        if (filter.PartnerId is { } partner)
        {
            FilterRoute["partner"] = partner.ToString(CultureInfo.InvariantCulture);
        }
        if (IsSecretariat)
        {
            var items = await UpcomingCommitteeItems().AsNoTracking()
                .OrderBy(i => i.Meeting!.Date).ThenBy(i => i.Meeting!.StartTime).ThenBy(i => i.MeetingId).ThenBy(i => i.SortOrder)
                .Select(i => new { i.Id, i.Title, i.CaseYear, i.CaseSequence, i.MeetingId, i.Meeting!.Date, i.Meeting.Body!.ShortName })
                .ToListAsync();
            var groups = new Dictionary<int, SelectListGroup>();
            AgendaItemOptions = [.. items.Select(i => new SelectListItem(
                i.CaseYear is { } year && i.CaseSequence is { } sequence ? $"{year}.{sequence} {i.Title}" : i.Title,
                i.Id.ToString(CultureInfo.InvariantCulture),
                i.Id == AgendaItemId)
            {
                Group = groups.TryGetValue(i.MeetingId, out var group) ? group
                    : groups[i.MeetingId] = new SelectListGroup { Name = l["Statistics.Attach.Meeting", i.ShortName, OsloTime.Format(i.Date)] },
            })];
        }
    }

    /// <summary>Items of SSU and FSU meetings dated today or later that are not cancelled.</summary>
    private IQueryable<AgendaItem> UpcomingCommitteeItems()
    {
        var today = OsloTime.Today(clock);
        return db.AgendaItems.Where(i => i.Meeting!.Date >= today && i.Meeting.Status != MeetingStatus.Cancelled && CommitteeTypes.Contains(i.Meeting.Body!.Type));
    }

    /// <summary>The chart of a breakdown; quarters as columns, the rest as bars.</summary>
    public string Chart(ShownDimension dimension)
    {
        var name = l[$"Statistics.Dimension.{dimension.Dimension}"];
        var bars = dimension.Items.Select(i => new BarChartSvg.Bar(i.Label, i.Count.Value, i.Count.Text(Statistics!.Threshold))).ToList();
        var id = $"chart-{dimension.Dimension.ToString().ToLowerInvariant()}";
        var description = l["Statistics.ChartDescription", name];
        return dimension.Dimension == StatisticsDimension.Quarter
            ? BarChartSvg.Columns(id, name, description, bars)
            : BarChartSvg.Bars(id, name, description, bars);
    }
}
