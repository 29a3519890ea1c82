using System.Globalization;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.PublicSite;

/// <summary>
/// The public meeting calendar: upcoming and past meetings, by body and year. The filters come from links and
/// bookmarks as much as from the form, so a value that names nothing is explained and ignored, never an error.
/// </summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class CalendarModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "organ")]
    public string? Body { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public string? Year { get; set; }

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> YearOptions { get; private set; } = [];

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public IReadOnlyList<PublicMeetingRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<PublicMeetingRow> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync();
        var years = await db.Meetings.Select(m => m.Date.Year).Distinct().OrderByDescending(y => y).ToListAsync();
        var messages = new List<string>();
        var bodyId = Pick(Body, bodies.Select(b => b.Id), "PublicSite.Calendar.UnknownBody", messages);
        var year = Pick(Year, years, "PublicSite.Calendar.UnknownYear", messages);
        Messages = messages;
        Body = bodyId?.ToString(CultureInfo.InvariantCulture);
        Year = year?.ToString(CultureInfo.InvariantCulture);
        BodyOptions = [.. bodies.Select(b => new SelectListItem(b.Name, b.Id.ToString(CultureInfo.InvariantCulture), b.Id == bodyId))];
        YearOptions = [.. years.Select(y => new SelectListItem(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture), y == year))];

        var meetings = db.Meetings.AsNoTracking().Include(m => m.Body).AsQueryable();
        if (bodyId is { } b)
        {
            meetings = meetings.Where(m => m.BodyId == b);
        }
        if (year is { } y)
        {
            meetings = meetings.Where(m => m.Date.Year == y);
        }
        var today = OsloTime.Today(clock);
        Upcoming = [.. (await meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.StartTime).ToListAsync()).Select(PublicMeetingRow.From)];
        Past = [.. (await meetings.Where(m => m.Date < today).OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime).ToListAsync()).Select(PublicMeetingRow.From)];
    }

    /// <summary>The chosen value if it is one of the known ones; otherwise none, with a message when something was given.</summary>
    private int? Pick(string? given, IEnumerable<int> known, string unknownKey, List<string> messages)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }
        if (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && known.Contains(value))
        {
            return value;
        }
        messages.Add(l[unknownKey]);
        return null;
    }
}
