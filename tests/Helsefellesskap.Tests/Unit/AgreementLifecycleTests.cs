using Helsefellesskap.Web.Features.Agreements;

namespace Helsefellesskap.Tests.Unit;

public sealed class AgreementLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static VersionFacts V(int number, bool adopted = false, DateOnly? inForceFrom = null, bool hearing = false) =>
        new(number * 10, number, hearing, adopted, inForceFrom);

    [Fact]
    public void A_new_version_is_a_draft_and_on_hearing_while_a_hearing_is_open()
    {
        var draft = AgreementLifecycle.Evaluate([V(1)], null, Today);
        Assert.Equal(VersionStatus.Draft, draft.Of(10));
        Assert.Equal(AgreementStatus.Draft, draft.Status);

        var hearing = AgreementLifecycle.Evaluate([V(1, hearing: true)], null, Today);
        Assert.Equal(VersionStatus.OnHearing, hearing.Of(10));
        Assert.Equal(AgreementStatus.OnHearing, hearing.Status);
    }

    [Fact]
    public void A_version_is_in_force_only_when_every_party_adopted_it_and_its_date_has_come()
    {
        var notAdopted = AgreementLifecycle.Evaluate([V(1, adopted: false, inForceFrom: Today.AddDays(-10))], null, Today);
        Assert.Equal(VersionStatus.Draft, notAdopted.Of(10));
        Assert.Null(notAdopted.InForceVersionId);

        var adoptedLater = AgreementLifecycle.Evaluate([V(1, adopted: true, inForceFrom: Today.AddDays(1))], null, Today);
        Assert.Equal(VersionStatus.Adopted, adoptedLater.Of(10));
        Assert.Equal(AgreementStatus.Adopted, adoptedLater.Status);

        var inForce = AgreementLifecycle.Evaluate([V(1, adopted: true, inForceFrom: Today)], null, Today);
        Assert.Equal(VersionStatus.InForce, inForce.Of(10));
        Assert.Equal(AgreementStatus.InForce, inForce.Status);
        Assert.Equal(10, inForce.InForceVersionId);
    }

    [Fact]
    public void Only_one_version_is_in_force_at_a_time_and_the_ones_before_it_are_replaced()
    {
        var state = AgreementLifecycle.Evaluate(
            [V(2, true, new(2013, 6, 1)), V(3, true, new(2015, 7, 1)), V(4, true, new(2019, 6, 6)), V(5, true, new(2023, 3, 1))], null, Today);

        Assert.Equal(50, state.InForceVersionId);
        Assert.Single(state.Versions, s => s.Value == VersionStatus.InForce);
        Assert.Equal([VersionStatus.Replaced, VersionStatus.Replaced, VersionStatus.Replaced, VersionStatus.InForce],
            new[] { 20, 30, 40, 50 }.Select(state.Of));
    }

    [Fact]
    public void A_draft_beside_the_version_in_force_puts_the_agreement_under_revision_until_it_takes_over()
    {
        var revising = AgreementLifecycle.Evaluate([V(4, true, new(2019, 6, 6)), V(5, hearing: true)], null, Today);
        Assert.Equal(AgreementStatus.UnderRevision, revising.Status);
        Assert.Equal(VersionStatus.InForce, revising.Of(40));
        Assert.Equal(VersionStatus.OnHearing, revising.Of(50));

        var adoptedNotYet = AgreementLifecycle.Evaluate([V(4, true, new(2019, 6, 6)), V(5, true, Today.AddMonths(1))], null, Today);
        Assert.Equal(AgreementStatus.UnderRevision, adoptedNotYet.Status);
        Assert.Equal(VersionStatus.Adopted, adoptedNotYet.Of(50));

        var tookOver = AgreementLifecycle.Evaluate([V(4, true, new(2019, 6, 6)), V(5, true, Today.AddMonths(1))], null, Today.AddMonths(1));
        Assert.Equal(AgreementStatus.InForce, tookOver.Status);
        Assert.Equal(VersionStatus.Replaced, tookOver.Of(40));
        Assert.Equal(VersionStatus.InForce, tookOver.Of(50));
    }

    [Fact]
    public void A_draft_abandoned_before_a_later_version_came_into_force_is_replaced_too()
    {
        var state = AgreementLifecycle.Evaluate([V(3), V(4, true, new(2019, 6, 6))], null, Today);
        Assert.Equal(VersionStatus.Replaced, state.Of(30));
        Assert.Equal(AgreementStatus.InForce, state.Status);
    }

    [Fact]
    public void A_terminated_agreement_is_in_force_until_the_notice_runs_out_and_then_expired()
    {
        var expiry = AgreementLifecycle.ExpiryAfterNotice(new DateOnly(2026, 3, 1), 12);
        Assert.Equal(new DateOnly(2027, 3, 1), expiry);
        var versions = new[] { V(1, true, new(2020, 1, 1)), V(2, true, new(2024, 1, 1)) };

        var notice = AgreementLifecycle.Evaluate(versions, expiry, Today);
        Assert.Equal(AgreementStatus.InForce, notice.Status);
        Assert.Equal(20, notice.InForceVersionId);

        var expired = AgreementLifecycle.Evaluate(versions, expiry, expiry);
        Assert.Equal(AgreementStatus.Expired, expired.Status);
        Assert.Null(expired.InForceVersionId);
        Assert.Equal(VersionStatus.Expired, expired.Of(20));
        Assert.Equal(VersionStatus.Replaced, expired.Of(10));
    }

    [Fact]
    public void The_yearly_review_falls_due_a_year_after_the_later_of_the_last_review_and_the_in_force_date()
    {
        Assert.Null(AgreementLifecycle.ReviewDue(new(2025, 5, 1), null, 12));
        Assert.Equal(new DateOnly(2024, 3, 1), AgreementLifecycle.ReviewDue(null, new(2023, 3, 1), 12));
        Assert.Equal(new DateOnly(2026, 5, 10), AgreementLifecycle.ReviewDue(new(2025, 5, 10), new(2023, 3, 1), 12));
        Assert.Equal(new DateOnly(2024, 9, 1), AgreementLifecycle.ReviewDue(new(2022, 5, 10), new(2023, 3, 1), 18));
    }

    [Fact]
    public void An_agreement_without_parties_is_never_fully_adopted()
    {
        Assert.False(AgreementStates.IsFullyAdopted([], []));
        Assert.False(AgreementStates.IsFullyAdopted([1, 2, 3], [1, 3]));
        Assert.True(AgreementStates.IsFullyAdopted([1, 2, 3], [3, 2, 1, 9]));
    }
}

public sealed class AgreementRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static string[] Keys(IEnumerable<RuleViolation> violations) => violations.Select(v => v.Key).ToArray();

    [Fact]
    public void In_force_needs_every_party_and_a_date_not_before_the_last_adoption_nor_the_previous_version()
    {
        Assert.Empty(AgreementRules.CheckInForce(Today, [], Today.AddDays(-1), Today.AddYears(-2)));
        Assert.Empty(AgreementRules.CheckInForce(Today, [], Today, null));

        var missing = Assert.Single(AgreementRules.CheckInForce(Today, ["Horten kommune", "Færder kommune"], null, null));
        Assert.Equal("Agreements.Rule.NotAdoptedByAll", missing.Key);
        Assert.Equal("Horten kommune, Færder kommune", missing.Arguments[0]);

        Assert.Equal(["Agreements.Rule.InForceBeforeAdoption"], Keys(AgreementRules.CheckInForce(Today.AddDays(-1), [], Today, null)));
        Assert.Equal(["Agreements.Rule.InForceBeforePrevious"], Keys(AgreementRules.CheckInForce(Today, [], null, Today)));
    }

    [Fact]
    public void Adoption_is_for_parties_once_per_version_and_not_in_the_future_nor_after_the_in_force_date()
    {
        Assert.Empty(AgreementRules.CheckAdoption(isParty: true, alreadyAdopted: false, Today, null, Today));
        Assert.Equal(["Agreements.Rule.AdopterNotParty"], Keys(AgreementRules.CheckAdoption(false, false, Today, null, Today)));
        Assert.Equal(["Agreements.Rule.AlreadyAdopted"], Keys(AgreementRules.CheckAdoption(true, true, Today, null, Today)));
        Assert.Equal(["Agreements.Rule.AdoptionInFuture"], Keys(AgreementRules.CheckAdoption(true, false, Today.AddDays(1), null, Today)));
        Assert.Equal(["Agreements.Rule.AdoptionAfterInForce"], Keys(AgreementRules.CheckAdoption(true, false, Today, Today.AddDays(-1), Today)));
    }

    [Fact]
    public void Version_numbers_are_positive_and_unique_within_the_agreement()
    {
        Assert.Empty(AgreementRules.CheckVersionNumber(6, [2, 3, 4, 5]));
        Assert.Equal(["Agreements.Rule.VersionNumberTaken"], Keys(AgreementRules.CheckVersionNumber(5, [2, 3, 4, 5])));
        Assert.Equal(["Agreements.Rule.VersionNumberPositive"], Keys(AgreementRules.CheckVersionNumber(0, [])));
    }

    [Fact]
    public void A_hearing_needs_a_deadline_ahead_someone_to_hear_and_a_version_not_yet_adopted()
    {
        Assert.Empty(AgreementRules.CheckHearing(Today, 1, VersionStatus.Draft, Today));
        Assert.Empty(AgreementRules.CheckHearing(Today.AddDays(30), 3, VersionStatus.OnHearing, Today));
        Assert.Equal(
            ["Agreements.Rule.HearingDeadlinePast", "Agreements.Rule.HearingNoInvitees", "Agreements.Rule.HearingNotDraft"],
            Keys(AgreementRules.CheckHearing(Today.AddDays(-1), 0, VersionStatus.InForce, Today)));
    }
}
