using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Agreements.Reviews;

/// <summary>An agreement's duty of review (when it next falls due), the reviews held and its evaluations, for its details page.</summary>
public sealed record AgreementReviewSummary(
    int AgreementId,
    int IntervalMonths,
    DateOnly? LastReview,
    DateOnly? NextDue,
    IReadOnlyList<AgreementReview> Reviews,
    IReadOnlyList<AgreementEvaluation> Evaluations,
    DateOnly Today)
{
    public bool IsOverdue => NextDue < Today;

    public static async Task<AgreementReviewSummary> LoadAsync(AppDbContext db, int agreementId, DateOnly today)
    {
        var interval = await db.Agreements.Where(a => a.Id == agreementId).Select(a => a.ReviewIntervalMonths).SingleAsync();
        var reviews = await db.AgreementReviews.AsNoTracking()
            .Where(r => r.AgreementId == agreementId)
            .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id)
            .ToListAsync();
        var evaluations = await db.AgreementEvaluations.AsNoTracking()
            .Where(e => e.AgreementId == agreementId)
            .OrderBy(e => e.PlannedOn).ThenBy(e => e.Id)
            .ToListAsync();
        var last = reviews.Count > 0 ? reviews[0].ReviewedOn : (DateOnly?)null;
        var inForceFrom = await InForceFromAsync(db, agreementId, today);
        return new AgreementReviewSummary(agreementId, interval, last, AgreementLifecycle.ReviewDue(last, inForceFrom, interval), reviews, evaluations, today);
    }

    /// <summary>When the version in force came into force; null when nothing is in force.</summary>
    public static async Task<DateOnly?> InForceFromAsync(AppDbContext db, int agreementId, DateOnly today) =>
        (await AgreementStates.LoadOneAsync(db, agreementId, today))?.InForceVersionId is { } versionId
            ? await db.AgreementVersions.Where(v => v.Id == versionId).Select(v => v.InForceFrom).SingleAsync()
            : null;
}
