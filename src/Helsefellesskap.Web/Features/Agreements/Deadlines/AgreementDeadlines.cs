using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Deadlines;

public enum DeadlineKind
{
    /// <summary>The duty of review falls due (or is overdue).</summary>
    Review,

    /// <summary>A planned evaluation, not yet done.</summary>
    Evaluation,

    /// <summary>A hearing whose deadline is ahead.</summary>
    HearingDeadline,

    /// <summary>A hearing past its deadline that the secretariat has not closed.</summary>
    HearingToClose,

    /// <summary>A version some of whose parties have not adopted it yet; due is the version's date.</summary>
    Adoption,
}

/// <summary>
/// Something due in the agreement register. <see cref="TargetId"/> is the record it is about: the agreement (review),
/// the evaluation, the hearing or the version (adoption).
/// </summary>
public sealed record AgreementDeadline(
    DeadlineKind Kind,
    DateOnly Due,
    int AgreementId,
    string Agreement,
    int TargetId,
    string? Text,
    int? VersionNumber,
    int? Count,
    string? Responsible)
{
    /// <summary>The page where it is dealt with, below the community's root.</summary>
    public string Path(string communitySlug) => Kind switch
    {
        DeadlineKind.Review => $"/{communitySlug}/avtaler/{AgreementId}/gjennomgang",
        DeadlineKind.Evaluation => $"/{communitySlug}/avtaler/{AgreementId}/evalueringer/rediger/{TargetId}",
        DeadlineKind.HearingDeadline or DeadlineKind.HearingToClose => $"/{communitySlug}/avtaler/horinger/{TargetId}",
        _ => $"/{communitySlug}/avtaler/versjoner/{TargetId}",
    };
}

/// <summary>
/// What is due in the community's agreement register by a day, soonest first: reviews and planned evaluations due by
/// then or overdue, open hearings with deadlines by then, hearings past their deadline not closed, and versions
/// awaiting adoption with the parties missing. The dashboard and the reminders read the same list.
/// </summary>
public static class AgreementDeadlines
{
    public static async Task<IReadOnlyList<AgreementDeadline>> LoadAsync(AppDbContext db, DateOnly today, DateOnly dueBy)
    {
        var agreements = await db.Agreements.AsNoTracking()
            .Select(a => new { a.Id, a.Title, a.ReviewIntervalMonths, Responsible = a.ResponsiblePerson!.Name })
            .ToDictionaryAsync(a => a.Id);
        var rows = new List<AgreementDeadline>();
        AgreementDeadline Row(DeadlineKind kind, DateOnly due, int agreementId, int targetId, string? text = null, int? number = null, int? count = null) =>
            new(kind, due, agreementId, agreements[agreementId].Title, targetId, text, number, count, agreements[agreementId].Responsible);

        var states = await AgreementStates.LoadAsync(db, today);
        var inForce = states.Values.Select(s => s.InForceVersionId).OfType<int>().ToList();
        var inForceFrom = await db.AgreementVersions.AsNoTracking()
            .Where(v => inForce.Contains(v.Id))
            .ToDictionaryAsync(v => v.AgreementId, v => v.InForceFrom);
        var lastReviews = await db.AgreementReviews.AsNoTracking()
            .GroupBy(r => r.AgreementId)
            .Select(g => new { AgreementId = g.Key, Last = g.Max(r => r.ReviewedOn) })
            .ToDictionaryAsync(r => r.AgreementId, r => (DateOnly?)r.Last);
        foreach (var (agreementId, from) in inForceFrom)
        {
            var due = AgreementLifecycle.ReviewDue(lastReviews.GetValueOrDefault(agreementId), from, agreements[agreementId].ReviewIntervalMonths);
            if (due <= dueBy)
            {
                rows.Add(Row(DeadlineKind.Review, due.Value, agreementId, agreementId));
            }
        }

        var evaluations = await db.AgreementEvaluations.AsNoTracking()
            .Where(e => e.DoneOn == null && e.PlannedOn <= dueBy)
            .Select(e => new { e.Id, e.AgreementId, e.PlannedOn, e.Description })
            .ToListAsync();
        rows.AddRange(evaluations.Select(e => Row(DeadlineKind.Evaluation, e.PlannedOn, e.AgreementId, e.Id, e.Description)));

        var hearings = await db.AgreementHearings.AsNoTracking()
            .Where(h => h.ClosedAtUtc == null && h.Deadline <= dueBy)
            .Select(h => new
            {
                h.Id,
                h.Deadline,
                h.AgreementVersion!.AgreementId,
                h.AgreementVersion.Number,
                Unhandled = h.Comments.Count(c => c.Handling == CommentHandling.Unhandled),
            })
            .ToListAsync();
        rows.AddRange(hearings.Select(h => Row(h.Deadline < today ? DeadlineKind.HearingToClose : DeadlineKind.HearingDeadline,
            h.Deadline, h.AgreementId, h.Id, number: h.Number, count: h.Unhandled)));

        rows.AddRange(await AwaitingAdoptionAsync(db, states, Row));
        return rows.OrderBy(r => r.Due).ThenBy(r => r.Agreement).ThenBy(r => r.Kind).ToList();
    }

    /// <summary>
    /// Versions whose adoption has begun (a party has adopted, or their hearing is over) but not ended, with the
    /// parties still missing; drafts still being written are not awaiting anyone.
    /// </summary>
    private static async Task<IEnumerable<AgreementDeadline>> AwaitingAdoptionAsync(AppDbContext db, Dictionary<int, AgreementState> states,
        Func<DeadlineKind, DateOnly, int, int, string?, int?, int?, AgreementDeadline> row)
    {
        var waiting = states.Values.SelectMany(s => s.Versions.Where(v => v.Value is VersionStatus.Draft).Select(v => v.Key)).ToList();
        var versions = await db.AgreementVersions.AsNoTracking()
            .Where(v => waiting.Contains(v.Id) && (v.Adoptions.Any() || v.Hearings.Any()))
            .Select(v => new { v.Id, v.AgreementId, v.Number, v.Date, Adopters = v.Adoptions.Select(x => x.PartnerId).ToList() })
            .ToListAsync();
        var agreementIds = versions.Select(v => v.AgreementId).Distinct().ToList();
        var parties = (await db.AgreementParties.AsNoTracking()
                .Where(p => agreementIds.Contains(p.AgreementId))
                .Select(p => new { p.AgreementId, p.PartnerId, p.Partner!.Name })
                .ToListAsync())
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToLookup(p => p.AgreementId);
        return versions
            .Select(v => (Version: v, Missing: parties[v.AgreementId].Where(p => !v.Adopters.Contains(p.PartnerId)).Select(p => p.Name).ToList()))
            .Where(v => v.Missing.Count > 0)
            .Select(v => row(DeadlineKind.Adoption, v.Version.Date, v.Version.AgreementId, v.Version.Id, string.Join(", ", v.Missing), v.Version.Number, v.Missing.Count));
    }
}
