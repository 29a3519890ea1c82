using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Requirements;

/// <summary>How far a version covers the required topics of its agreement's list, and which topics it misses.</summary>
public sealed record CoverageSummary(int VersionId, string ListName, int Covered, int Total, IReadOnlyList<string> Missing)
{
    public static string PathOf(string communitySlug, int versionId) => $"/{communitySlug}/avtaler/versjoner/{versionId}/krav";

    /// <summary>Null when the version does not exist or its agreement has no requirement list.</summary>
    public static async Task<CoverageSummary?> LoadAsync(AppDbContext db, int versionId)
    {
        var row = await db.AgreementVersions.AsNoTracking()
            .Where(v => v.Id == versionId && v.Agreement!.RequirementListId != null)
            .Select(v => new
            {
                ListName = v.Agreement!.RequirementList!.Name,
                Topics = v.Agreement.RequirementList.Topics.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).Select(t => new { t.Id, t.Title }).ToList(),
                CoveredTopics = v.Coverage.Select(c => c.TopicId).ToList(),
            })
            .SingleOrDefaultAsync();
        if (row is null)
        {
            return null;
        }
        var missing = row.Topics.Where(t => !row.CoveredTopics.Contains(t.Id)).Select(t => t.Title).ToList();
        return new CoverageSummary(versionId, row.ListName, row.Topics.Count - missing.Count, row.Topics.Count, missing);
    }
}
