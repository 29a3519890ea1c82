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
        Matters = await query
            .Select(m => new MatterRow(
                m.Id,
                m.Title,
                m.Items.Count,
                m.Items.Select(i => i.Meeting!.Body!.ShortName).Distinct().ToList(),
                m.Items.Max(i => (DateOnly?)i.Meeting!.Date)))
            .OrderByDescending(m => m.LastTreated)
            .Take(PageSize)
            .ToListAsync();
    }
}

public sealed record MatterRow(int Id, string Title, int Treatments, IReadOnlyList<string> Bodies, DateOnly? LastTreated);
