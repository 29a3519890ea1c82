namespace Helsefellesskap.Web.Features.Agreements;

/// <summary>A broken rule: a key of the UI texts and its arguments, for the page or API to put in Norwegian.</summary>
public sealed record RuleViolation(string Key, params object[] Arguments);

/// <summary>
/// The rules a change to the agreement register must keep, apart from how the change arrives (form or API).
/// Each returns the violations it finds; none means the change may be saved.
/// </summary>
public static class AgreementRules
{
    /// <summary>Setting a version in force: every party has adopted it, no earlier than the last adoption, after the version before.</summary>
    public static IEnumerable<RuleViolation> CheckInForce(
        DateOnly inForceFrom, IReadOnlyCollection<string> partiesMissing, DateOnly? lastAdoption, DateOnly? previousInForceFrom)
    {
        if (partiesMissing.Count > 0)
        {
            yield return new("Agreements.Rule.NotAdoptedByAll", string.Join(", ", partiesMissing));
        }
        if (lastAdoption is { } adopted && inForceFrom < adopted)
        {
            yield return new("Agreements.Rule.InForceBeforeAdoption", adopted);
        }
        if (previousInForceFrom is { } previous && inForceFrom <= previous)
        {
            yield return new("Agreements.Rule.InForceBeforePrevious", previous);
        }
    }

    /// <summary>Recording a party's adoption: a party, once per version, not in the future, not after the set in-force date.</summary>
    public static IEnumerable<RuleViolation> CheckAdoption(
        bool isParty, bool alreadyAdopted, DateOnly adoptedOn, DateOnly? inForceFrom, DateOnly today)
    {
        if (!isParty)
        {
            yield return new("Agreements.Rule.AdopterNotParty");
        }
        else if (alreadyAdopted)
        {
            yield return new("Agreements.Rule.AlreadyAdopted");
        }
        if (adoptedOn > today)
        {
            yield return new("Agreements.Rule.AdoptionInFuture");
        }
        if (inForceFrom is { } from && adoptedOn > from)
        {
            yield return new("Agreements.Rule.AdoptionAfterInForce", from);
        }
    }

    /// <summary>A version number is unique within its agreement.</summary>
    public static IEnumerable<RuleViolation> CheckVersionNumber(int number, IEnumerable<int> otherNumbers)
    {
        if (number < 1)
        {
            yield return new("Agreements.Rule.VersionNumberPositive");
        }
        else if (otherNumbers.Contains(number))
        {
            yield return new("Agreements.Rule.VersionNumberTaken", number);
        }
    }

    /// <summary>A hearing needs someone to hear and a deadline ahead; an adopted version is not sent on hearing.</summary>
    public static IEnumerable<RuleViolation> CheckHearing(DateOnly deadline, int inviteeCount, VersionStatus status, DateOnly today)
    {
        if (deadline < today)
        {
            yield return new("Agreements.Rule.HearingDeadlinePast");
        }
        if (inviteeCount == 0)
        {
            yield return new("Agreements.Rule.HearingNoInvitees");
        }
        if (status is not (VersionStatus.Draft or VersionStatus.OnHearing))
        {
            yield return new("Agreements.Rule.HearingNotDraft");
        }
    }

    /// <summary>The text of a version is fixed once a party has adopted it: parties adopt a text, not a moving target.</summary>
    public static bool IsTextLocked(int adoptionCount) => adoptionCount > 0;
}
