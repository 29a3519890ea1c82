using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Audit;

/// <summary>The community's audit log, newest first, filtered by record type, user, action and period.</summary>
public sealed class IndexModel(AppDbContext db, AuditView view) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "bruker")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "handling")]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "fra")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "til")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public bool HasNextPage { get; private set; }

    public AuditView View => view;

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(EntityType))
        {
            query = query.Where(a => a.EntityType == EntityType);
        }
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            query = query.Where(a => a.UserName!.Contains(UserName.Trim()));
        }
        if (Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }
        if (From is { } from)
        {
            var fromUtc = StartOfDayUtc(from);
            query = query.Where(a => a.TimestampUtc >= fromUtc);
        }
        if (To is { } to)
        {
            var toUtc = StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.TimestampUtc < toUtc);
        }
        var entries = await query.OrderByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync();
        HasNextPage = entries.Count > PageSize;
        Rows = entries.Take(PageSize).Select(view.Format).ToList();
        EntityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync();
    }

    private static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), OsloTime.Zone);

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["community"] = RouteData.Values["community"] as string,
        ["type"] = EntityType,
        ["bruker"] = UserName,
        ["handling"] = Action?.ToString(),
        ["fra"] = From?.ToString("yyyy-MM-dd"),
        ["til"] = To?.ToString("yyyy-MM-dd"),
        ["side"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
