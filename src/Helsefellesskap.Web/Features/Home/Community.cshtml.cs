using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Home;

/// <summary>A community's front page.</summary>
public sealed class CommunityModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public int BodyCount { get; private set; }

    public int PartnerCount { get; private set; }

    public async Task OnGetAsync()
    {
        var today = OsloTime.Today(clock);
        BodyCount = await db.Bodies.CountAsync(b => (b.ActiveFrom == null || b.ActiveFrom <= today) && (b.ActiveTo == null || b.ActiveTo >= today));
        PartnerCount = await db.Partners.CountAsync();
    }
}
