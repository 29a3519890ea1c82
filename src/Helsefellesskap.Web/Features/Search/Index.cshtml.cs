using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Search;

/// <summary>
/// Search in everything the community has published, or, for people with a role in it, in all its meeting documents.
/// Whatever is typed gives a page: results, or a message saying what to change.
/// </summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, CommunityPermissions permissions, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "organ")]
    public string? Body { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "side")]
    public string? PageNumber { get; set; }

    /// <summary>What is wrong with the search, in words; null when there are results (or nothing was asked).</summary>
    public string? Problem { get; private set; }

    public SearchResults? Results { get; private set; }

    public IReadOnlyList<SelectListItem> BodyOptions { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        BodyOptions = await db.Bodies.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name, b.Id.ToString())).ToListAsync(cancellationToken);
        Years = (await db.Meetings.AsNoTracking().Select(m => m.Date).Distinct().ToListAsync(cancellationToken))
            .Select(d => d.Year).Distinct().OrderDescending().ToList();
        // A first visit shows the form; an empty search box sent is a search without words.
        if (Request.Query.Count == 0)
        {
            return;
        }
        var (request, error) = SearchRequest.Parse(Query, Body, Year, Type, PageNumber);
        if (request is null)
        {
            Problem = l[error!];
            return;
        }
        Results = await SiteSearch.SearchAsync(db, await SearchScope.ForRequestAsync(tenant, permissions), request, cancellationToken);
    }

    /// <summary>The query string of another page of the same search.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string> { ["community"] = tenant.Slug, ["side"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (name, value) in new[] { ("q", Query), ("organ", Body), ("ar", Year), ("type", Type) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                route[name] = value;
            }
        }
        return route;
    }
}
