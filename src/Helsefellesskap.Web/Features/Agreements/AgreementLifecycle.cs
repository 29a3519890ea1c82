namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>Where a version stands. Derived, never stored: see <see cref="AgreementLifecycle"/>.</summary>
public enum VersionStatus
{
    Draft,
    OnHearing,
    Adopted,
    InForce,
    Replaced,
    Expired,
}

/// <summary>Where an agreement as a whole stands.</summary>
public enum AgreementStatus
{
    Draft,
    OnHearing,
    Adopted,
    InForce,
    UnderRevision,
    Expired,
}

/// <summary>What the lifecycle needs to know of one version.</summary>
public sealed record VersionFacts(int Id, int Number, bool HasOpenHearing, bool FullyAdopted, DateOnly? InForceFrom);

/// <summary>The statuses of an agreement and each of its versions on a given day.</summary>
public sealed record AgreementState(AgreementStatus Status, int? InForceVersionId, IReadOnlyDictionary<int, VersionStatus> Versions)
{
    public VersionStatus Of(int versionId) => Versions[versionId];
}

/// <summary>
/// The lifecycle of the agreement family: draft → on hearing → adopted → in force from a date → under revision →
/// replaced or expired. A version is adopted only when every party has adopted it, and in force only once it is
/// adopted and its in-force date has come; of those, the latest to come into force is the one in force, so there is
/// never more than one. Statuses are computed from the records, so no job has to move them when a date passes.
/// </summary>
public static class AgreementLifecycle
{
    public static AgreementState Evaluate(IReadOnlyCollection<VersionFacts> versions, DateOnly? expiresOn, DateOnly today)
    {
        var expired = expiresOn is { } end && end <= today;
        var current = versions
            .Where(v => v.FullyAdopted && v.InForceFrom is { } from && from <= today)
            .OrderByDescending(v => v.InForceFrom).ThenByDescending(v => v.Number)
            .FirstOrDefault();

        var statuses = versions.ToDictionary(v => v.Id, v => StatusOf(v, current, expired, today));
        var status = expired ? AgreementStatus.Expired
            : current is not null
                ? versions.Any(v => v.Number > current.Number && statuses[v.Id] is not VersionStatus.Replaced)
                    ? AgreementStatus.UnderRevision
                    : AgreementStatus.InForce
                : versions.OrderByDescending(v => v.Number).Select(v => statuses[v.Id]).FirstOrDefault() switch
                {
                    VersionStatus.Adopted => AgreementStatus.Adopted,
                    VersionStatus.OnHearing => AgreementStatus.OnHearing,
                    _ => AgreementStatus.Draft,
                };
        return new AgreementState(status, expired ? null : current?.Id, statuses);
    }

    private static VersionStatus StatusOf(VersionFacts version, VersionFacts? current, bool expired, DateOnly today)
    {
        if (current is not null && version.Id == current.Id)
        {
            return expired ? VersionStatus.Expired : VersionStatus.InForce;
        }
        // Older than the version in force (or brought into force before it): its time is over.
        if (current is not null && (version.Number < current.Number || version.InForceFrom <= today && version.FullyAdopted))
        {
            return VersionStatus.Replaced;
        }
        if (version.FullyAdopted)
        {
            return expired ? VersionStatus.Expired : VersionStatus.Adopted;
        }
        return version.HasOpenHearing ? VersionStatus.OnHearing : VersionStatus.Draft;
    }

    /// <summary>
    /// When the duty of review next falls due: the review interval after the last review, or after the version in
    /// force came into force if that is later. Null when nothing is in force.
    /// </summary>
    public static DateOnly? ReviewDue(DateOnly? lastReview, DateOnly? inForceFrom, int intervalMonths)
    {
        if (inForceFrom is not { } from)
        {
            return null;
        }
        var basis = lastReview is { } reviewed && reviewed > from ? reviewed : from;
        return basis.AddMonths(intervalMonths);
    }

    /// <summary>The day a termination with notice on <paramref name="noticeOn"/> takes effect.</summary>
    public static DateOnly ExpiryAfterNotice(DateOnly noticeOn, int noticePeriodMonths) => noticeOn.AddMonths(noticePeriodMonths);
}
