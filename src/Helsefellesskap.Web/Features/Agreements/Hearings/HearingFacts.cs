using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Hearings;

/// <summary>A hearing as its pages show it: the version and agreement it concerns, who was invited, and the chapters.</summary>
public sealed record HearingFacts(
    AgreementHearing Hearing,
    Agreement Agreement,
    int VersionNumber,
    IReadOnlyList<InviteeRow> Invitees,
    IReadOnlyList<string> Chapters,
    DateOnly Today)
{
    public bool IsOpen => Hearing.IsOpenOn(Today);

    public bool IsInvited(int partnerId) => Invitees.Any(i => i.PartnerId == partnerId);

    /// <summary>Null when there is no such hearing in the community.</summary>
    public static async Task<HearingFacts?> LoadAsync(AppDbContext db, int hearingId, DateOnly today)
    {
        var hearing = await db.AgreementHearings.AsNoTracking()
            .Include(h => h.AgreementVersion!).ThenInclude(v => v.Agreement)
            .SingleOrDefaultAsync(h => h.Id == hearingId);
        if (hearing is null)
        {
            return null;
        }
        var invitees = await db.HearingInvitees.AsNoTracking()
            .Where(i => i.HearingId == hearingId)
            .OrderBy(i => i.Partner!.Name)
            .Select(i => new InviteeRow(i.PartnerId, i.Partner!.Name, i.NotifiedAtUtc))
            .ToListAsync();
        var version = hearing.AgreementVersion!;
        return new HearingFacts(hearing, version.Agreement!, version.Number, invitees, ChapterHeadings.Of(version.Text), today);
    }
}

public sealed record InviteeRow(int PartnerId, string Name, DateTime? NotifiedAtUtc);
