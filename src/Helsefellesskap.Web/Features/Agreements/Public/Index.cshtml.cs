using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Helsefellesskap.Web.Features.Agreements.Public;

/// <summary>
/// The public agreement family (avtaleverk): every agreement with a version in force, as a tree under the
/// overarching agreement. An agreement whose parent has nothing in force is shown at the top level.
/// </summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PublicAgreementRow> Roots { get; private set; } = [];

    public ILookup<int, PublicAgreementRow> Children { get; private set; } = Array.Empty<PublicAgreementRow>().ToLookup(r => r.Id);

    public async Task OnGetAsync()
    {
        var rows = (await PublicAgreements.InForceAsync(db, OsloTime.Today(clock)))
            .OrderBy(r => r.Kind).ThenBy(r => r.Code ?? r.Title, StringComparer.Create(WebSetup.Norwegian, false))
            .ToList();
        var shown = rows.Select(r => r.Id).ToHashSet();
        Roots = [.. rows.Where(r => r.ParentId is not { } parent || !shown.Contains(parent))];
        Children = rows.Where(r => r.ParentId is { } parent && shown.Contains(parent)).ToLookup(r => r.ParentId!.Value);
    }
}
