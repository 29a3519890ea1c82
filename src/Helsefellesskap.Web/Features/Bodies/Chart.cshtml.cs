using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>The organisation chart of the bodies active today: a nested list and a drawing.</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class ChartModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<BodyNode> Tree { get; private set; } = [];

    public string Svg { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var today = OsloTime.Today(clock);
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Type).ThenBy(b => b.Name).ToListAsync();
        Tree = BodyHierarchy.Tree(bodies.Where(b => b.IsActiveOn(today)));
        var community = RouteData.Values["community"];
        Svg = OrgChartSvg.Render(Tree, body => Url.Page("/Bodies/Details", new { community, id = body.Id })!, l["Chart.DrawingTitle"]);
    }
}
