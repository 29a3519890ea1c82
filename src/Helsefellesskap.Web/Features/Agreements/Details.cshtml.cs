using Helsefellesskap.Web.Features.Agreements.Reviews;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>An agreement: its facts, parties, the version table of the versions the reader may see, and its history.</summary>
public sealed class DetailsModel(AppDbContext db, AgreementAccess access, AuditView audit, TimeProvider clock) : PageModel
{
    public Agreement Agreement { get; private set; } = null!;

    public AgreementStatus Status { get; private set; }

    public IReadOnlyList<VersionTableRow> Versions { get; private set; } = [];

    /// <summary>The version pages, by version number, for the table's links.</summary>
    public IReadOnlyDictionary<int, string> VersionUrls { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<Agreement> Children { get; private set; } = [];

    public bool IsSecretariat { get; private set; }

    public AgreementReviewSummary Reviews { get; private set; } = null!;

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var agreement = await db.Agreements.AsNoTracking()
            .Include(a => a.Parent)
            .Include(a => a.OwnerBody)
            .Include(a => a.ResponsiblePerson)
            .Include(a => a.RequirementList)
            .Include(a => a.TerminatedByPartner)
            .Include(a => a.Parties).ThenInclude(p => p.Partner)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id);
        if (agreement is null)
        {
            return NotFound();
        }
        Agreement = agreement;
        var today = OsloTime.Today(clock);
        var viewer = await access.CurrentAsync();
        IsSecretariat = viewer.IsSecretariat;
        var state = (await AgreementStates.LoadOneAsync(db, id, today))!;
        Status = state.Status;
        var slug = RouteData.Values["community"];
        Versions = await VersionTable.LoadAsync(db, id, state, status => viewer.Sees(agreement, status), item => VersionTable.ItemUrl((string)slug!, item.ItemId));
        VersionUrls = (await db.AgreementVersions.AsNoTracking().Where(v => v.AgreementId == id).Select(v => new { v.Number, v.Id }).ToListAsync())
            .ToDictionary(v => v.Number, v => Url.Page("Versions/Details", new { community = slug, id = v.Id })!);
        var children = await db.Agreements.AsNoTracking().Where(a => a.ParentId == id).ToListAsync();
        Children = AgreementFamily.Order(children, a => a.Id, a => a.ParentId, a => a.Code, a => a.Title).Select(n => n.Item).ToList();
        Reviews = await AgreementReviewSummary.LoadAsync(db, id, today);
        History = await audit.ForEntityAsync<Agreement>(id);
        return Page();
    }

    /// <summary>The lines of a one-per-line field.</summary>
    public static IReadOnlyList<string> LinesOf(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
