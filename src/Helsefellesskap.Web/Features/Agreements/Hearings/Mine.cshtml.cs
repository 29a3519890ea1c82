using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Hearings;

/// <summary>The open hearings for the partners the user represents; for the secretariat every hearing, open and closed.</summary>
public sealed class MineModel(AppDbContext db, AgreementAccess access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<HearingRow> Hearings { get; private set; } = [];

    public bool IsSecretariat { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = OsloTime.Today(clock);
        var viewer = await access.CurrentAsync();
        IsSecretariat = viewer.IsSecretariat;
        var partners = viewer.PartnerIds.ToList();
        var today = Today;
        var hearings = db.AgreementHearings.AsNoTracking();
        if (!IsSecretariat)
        {
            hearings = hearings.Where(h => h.ClosedAtUtc == null && h.Deadline >= today && h.Invitees.Any(i => partners.Contains(i.PartnerId)));
        }
        Hearings = await hearings
            .OrderBy(h => h.ClosedAtUtc != null || h.Deadline < today).ThenBy(h => h.Deadline).ThenBy(h => h.Id)
            .Select(h => new HearingRow(
                h.Id,
                h.AgreementVersion!.Agreement!.Title,
                h.AgreementVersion.Number,
                h.Deadline,
                h.ClosedAtUtc,
                h.Invitees.Count,
                h.Invitees.Count(i => h.Comments.Any(c => c.PartnerId == i.PartnerId)),
                h.Comments.Count,
                h.Comments.Count(c => partners.Contains(c.PartnerId))))
            .ToListAsync();
    }
}

public sealed record HearingRow(int Id, string Agreement, int VersionNumber, DateOnly Deadline, DateTime? ClosedAtUtc,
    int InviteeCount, int AnsweredCount, int CommentCount, int OwnCommentCount)
{
    public bool IsOpenOn(DateOnly today) => ClosedAtUtc is null && today <= Deadline;
}
