using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.People;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sok")]
    public string? Search { get; set; }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = $"%{Search.Trim()}%";
            query = query.Where(p => EF.Functions.Like(p.Name, term) || EF.Functions.Like(p.Employer!, term) || EF.Functions.Like(p.Title!, term));
        }
        People = await query.OrderBy(p => p.Name).ToListAsync();
    }
}
