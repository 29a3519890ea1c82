using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Helsefellesskap.Web.Features.Agreements.Deadlines;

/// <summary>The secretariat's dashboard of what is due in the agreement register within the next 60 days, or overdue.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int WindowDays = 60;

    public IReadOnlyList<AgreementDeadline> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = OsloTime.Today(clock);
        Rows = await AgreementDeadlines.LoadAsync(db, Today, Today.AddDays(WindowDays));
    }
}
