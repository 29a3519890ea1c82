using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Hearings;

/// <summary>A version's hearings for its details page, and whether it may (still) be sent on hearing.</summary>
public sealed record VersionHearingList(int VersionId, bool MayGoOnHearing, IReadOnlyList<VersionHearingRow> Hearings, DateOnly Today)
{
    public static async Task<VersionHearingList> LoadAsync(AppDbContext db, int versionId, DateOnly today)
    {
        var agreementId = await db.AgreementVersions.Where(v => v.Id == versionId).Select(v => v.AgreementId).SingleAsync();
        var state = await AgreementStates.LoadOneAsync(db, agreementId, today);
        var hearings = await db.AgreementHearings.AsNoTracking()
            .Where(h => h.VersionId == versionId)
            .OrderByDescending(h => h.SentOn).ThenByDescending(h => h.Id)
            .Select(h => new VersionHearingRow(h.Id, h.SentOn, h.Deadline, h.ClosedAtUtc, h.Comments.Count))
            .ToListAsync();
        return new VersionHearingList(versionId, state!.Of(versionId) is VersionStatus.Draft or VersionStatus.OnHearing, hearings, today);
    }
}

public sealed record VersionHearingRow(int Id, DateOnly SentOn, DateOnly Deadline, DateTime? ClosedAtUtc, int CommentCount)
{
    public bool IsOpenOn(DateOnly today) => ClosedAtUtc is null && today <= Deadline;
}
