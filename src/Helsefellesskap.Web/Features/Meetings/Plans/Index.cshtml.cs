using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Meetings.Plans;

/// <summary>The meeting plans of all bodies, newest year first.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<PlanRow> Plans { get; private set; } = [];

    public async Task OnGetAsync() =>
        Plans = await db.MeetingPlans.AsNoTracking()
            .OrderByDescending(p => p.Year).ThenBy(p => p.Body!.Name)
            .Select(p => new PlanRow(p.Id, p.Year, p.Body!.Name, p.Body.ShortName, p.Entries.Count, p.AdoptedAtUtc))
            .ToListAsync();
}

public sealed record PlanRow(int Id, int Year, string BodyName, string BodyShortName, int MeetingCount, DateTime? AdoptedAtUtc);
