using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Helsefellesskap.Web.Features.Agreements.Public;

/// <summary>An agreement as the public sees it: the version in force and the versions it replaced; 404 when nothing is in force.</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public PublicAgreement Agreement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string community, int id)
    {
        if (await PublicAgreements.LoadAsync(db, community, id, OsloTime.Today(clock)) is not { } agreement)
        {
            return NotFound();
        }
        Agreement = agreement;
        return Page();
    }
}
