using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Matters;

/// <summary>Matters, latest treated first; by default those treated more than once (the interesting chains).</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "sok")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "alle")]
    public bool All { get; set; }

    public IReadOnlyList<MatterRow> Matters { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.Matters.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToLower();
            query = query.Where(m => m.Title.ToLower().Contains(term) || m.Items.Any(i => i.Title.ToLower().Contains(term)));
        }
        if (!All)
        {
            query = query.Where(m => m.Items.Count > 1);
        }
        var matters = await query
            .OrderByDescending(m => m.Items.Max(i => (DateOnly?)i.Meeting!.Date))
            .Take(PageSize)
            .Select(m => new { m.Id, m.Title, Treatments = m.Items.Count, LastTreated = m.Items.Max(i => (DateOnly?)i.Meeting!.Date) })
            .ToListAsync();
        var ids = matters.Select(m => m.Id).ToList();
        var bodies = (await db.AgendaItems.AsNoTracking()
                .Where(i => ids.Contains(i.MatterId))
                .Select(i => new { i.MatterId, i.Meeting!.Body!.ShortName })
                .Distinct()
                .ToListAsync())
            .ToLookup(b => b.MatterId, b => b.ShortName);
        Matters = matters.Select(m => new MatterRow(m.Id, m.Title, m.Treatments, bodies[m.Id].Order().ToList(), m.LastTreated)).ToList();
    }
}

public sealed record MatterRow(int Id, string Title, int Treatments, IReadOnlyList<string> Bodies, DateOnly? LastTreated);
