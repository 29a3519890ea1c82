using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>The community's meetings: upcoming first, then past, filtered by body and year.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "organ")]
    public int? BodyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public IReadOnlyList<MeetingRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingRow> Past { get; private set; } = [];

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = OsloTime.Today(clock);
        var query = db.Meetings.AsNoTracking();
        if (BodyId is { } bodyId)
        {
            query = query.Where(m => m.BodyId == bodyId);
        }
        if (Year is { } year)
        {
            query = query.Where(m => m.Date >= new DateOnly(year, 1, 1) && m.Date <= new DateOnly(year, 12, 31));
        }
        var rows = await query
            .Select(m => new MeetingRow(m.Id, m.Body!.Name, m.Body.ShortName, m.Date, m.StartTime, m.EndTime, m.Location, m.Status,
                m.MinutesStatus, m.AgendaItems.Count(i => i.Kind != AgendaItemKind.Break)))
            .ToListAsync();
        Upcoming = rows.Where(r => r.Date >= today).OrderBy(r => r.Date).ThenBy(r => r.StartTime).ToList();
        Past = rows.Where(r => r.Date < today).OrderByDescending(r => r.Date).ThenByDescending(r => r.StartTime).ToList();
        BodyOptions = await db.Meetings.AsNoTracking().Select(m => m.Body!).Distinct().OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name, b.Id.ToString())).ToListAsync();
        Years = (await db.Meetings.AsNoTracking().Select(m => m.Date).ToListAsync()).Select(d => d.Year).Distinct().OrderDescending().ToList();
    }
}

public sealed record MeetingRow(int Id, string BodyName, string BodyShortName, DateOnly Date, TimeOnly StartTime, TimeOnly EndTime,
    string? Location, MeetingStatus Status, MinutesStatus MinutesStatus, int ItemCount);
