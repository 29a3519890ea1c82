using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Requirements;

/// <summary>The requirement lists of the community: per agreement type, the topics an agreement must cover.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<ListRow> Lists { get; private set; } = [];

    public async Task OnGetAsync() =>
        Lists = await db.RequirementLists.AsNoTracking()
            .OrderBy(l => l.Kind).ThenBy(l => l.Name)
            .Select(l => new ListRow(l.Id, l.Name, l.Kind, l.Topics.Count))
            .ToListAsync();

    public sealed record ListRow(int Id, string Name, AgreementKind Kind, int TopicCount);
}
