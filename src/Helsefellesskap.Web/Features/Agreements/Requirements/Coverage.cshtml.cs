using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Requirements;

/// <summary>
/// Records which required topics of the agreement's list a version covers, and where (e.g. "kap. 4.2"); the topics
/// not covered are listed as missing.
/// </summary>
public sealed class CoverageModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public List<CoverageInput> Rows { get; set; } = [];

    public AgreementVersion Version { get; private set; } = null!;

    public RequirementList? List { get; private set; }

    public CoverageSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(int versionId)
    {
        if (!await LoadAsync(versionId))
        {
            return NotFound();
        }
        var stored = await db.TopicCoverages.AsNoTracking().Where(c => c.VersionId == versionId).ToDictionaryAsync(c => c.TopicId);
        Rows = [.. (List?.Topics ?? []).Select(t => new CoverageInput
        {
            TopicId = t.Id,
            Covered = stored.ContainsKey(t.Id),
            Location = stored.GetValueOrDefault(t.Id)?.Location,
        })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int versionId)
    {
        if (!await LoadAsync(versionId))
        {
            return NotFound();
        }
        if (List is null)
        {
            return Page();
        }
        var topicIds = List.Topics.Select(t => t.Id).ToHashSet();
        for (var i = 0; i < Rows.Count; i++)
        {
            if (!topicIds.Contains(Rows[i].TopicId))
            {
                ModelState.AddModelError($"{nameof(Rows)}[{i}].{nameof(CoverageInput.Covered)}", l["Validation.ValueIsInvalid", Rows[i].TopicId]);
            }
            else if (!Rows[i].Covered && !string.IsNullOrWhiteSpace(Rows[i].Location))
            {
                ModelState.AddModelError($"{nameof(Rows)}[{i}].{nameof(CoverageInput.Location)}", l["Agreements.Requirements.LocationWithoutCovered"]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var stored = await db.TopicCoverages.Where(c => c.VersionId == versionId).ToDictionaryAsync(c => c.TopicId);
        foreach (var row in Rows)
        {
            stored.Remove(row.TopicId, out var coverage);
            if (!row.Covered)
            {
                if (coverage is not null)
                {
                    db.TopicCoverages.Remove(coverage);
                }
                continue;
            }
            if (coverage is null)
            {
                coverage = new TopicCoverage { VersionId = versionId, TopicId = row.TopicId };
                db.TopicCoverages.Add(coverage);
            }
            coverage.Location = row.Location.TrimToNull();
        }
        // Coverage of topics since removed from the form's list stays as it was: only the rows posted are changed.
        if (await db.TrySaveAsync(ModelState, l))
        {
            TempData["Status"] = l["Common.Saved"].Value;
            return RedirectToPage(new { community = RouteData.Values["community"], versionId });
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int versionId)
    {
        var version = await db.AgreementVersions.AsNoTracking().Include(v => v.Agreement).SingleOrDefaultAsync(v => v.Id == versionId);
        if (version is null)
        {
            return false;
        }
        Version = version;
        if (version.Agreement!.RequirementListId is { } listId)
        {
            List = await db.RequirementLists.AsNoTracking().Include(l => l.Topics.OrderBy(t => t.SortOrder).ThenBy(t => t.Id))
                .SingleOrDefaultAsync(l => l.Id == listId);
        }
        Summary = await CoverageSummary.LoadAsync(db, versionId);
        return true;
    }

    public RequirementTopic? TopicOf(CoverageInput row) => List?.Topics.FirstOrDefault(t => t.Id == row.TopicId);
}

public sealed class CoverageInput
{
    public int TopicId { get; set; }

    [Display(Name = "TopicCoverage.Covered")]
    public bool Covered { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "TopicCoverage.Location")]
    public string? Location { get; set; }
}
