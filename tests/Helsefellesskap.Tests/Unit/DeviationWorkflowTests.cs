using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Partners;

namespace Helsefellesskap.Tests.Unit;

/// <summary>The handling of a report as a dialogue: who may take which step from which state, and what a step records.</summary>
public sealed class DeviationWorkflowTests
{
    /// <summary>Tuesday 10 March 2026, 23:30 UTC: in Oslo it is already Wednesday 11 March.</summary>
    private static readonly DateTime Now = new(2026, 3, 10, 23, 30, 0, DateTimeKind.Utc);

    private static readonly DeviationDeadlines Deadlines = new(new DeviationOptions());
    private static readonly DeviationActor Actor = new("user-1", "Silje Haugland");
    private static readonly HashSet<DeviationSide> Reporting = [DeviationSide.Reporting];
    private static readonly HashSet<DeviationSide> Receiving = [DeviationSide.Receiving];

    /// <summary>Every step the workflow allows: from, action, the side that takes it, to.</summary>
    public static TheoryData<DeviationState, DeviationAction, DeviationSide, DeviationState> AllowedSteps => new()
    {
        { DeviationState.Draft, DeviationAction.Send, DeviationSide.Reporting, DeviationState.Sent },
        { DeviationState.Sent, DeviationAction.Acknowledge, DeviationSide.Receiving, DeviationState.Acknowledged },
        { DeviationState.Acknowledged, DeviationAction.StartHandling, DeviationSide.Receiving, DeviationState.BeingHandled },
        { DeviationState.Acknowledged, DeviationAction.Answer, DeviationSide.Receiving, DeviationState.Answered },
        { DeviationState.BeingHandled, DeviationAction.Answer, DeviationSide.Receiving, DeviationState.Answered },
        { DeviationState.Answered, DeviationAction.Accept, DeviationSide.Reporting, DeviationState.Accepted },
        { DeviationState.Answered, DeviationAction.SendBack, DeviationSide.Reporting, DeviationState.BeingHandled },
        { DeviationState.Accepted, DeviationAction.Close, DeviationSide.Receiving, DeviationState.Closed },
    };

    private static DeviationReport Report(DeviationState state) =>
        new() { Id = 42, ReporterUserId = "user-1", ReporterName = "Silje Haugland", State = state };

    private static HashSet<DeviationSide> Sides(DeviationSide side) => [side];

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public void Each_allowed_step_moves_the_report_and_adds_it_to_the_history(
        DeviationState from, DeviationAction action, DeviationSide side, DeviationState to)
    {
        var report = Report(from);

        Assert.Null(DeviationWorkflow.Apply(report, action, Sides(side), Actor, "  Svar fra avdelingen.  ", Now, Deadlines));

        Assert.Equal(to, report.State);
        var entry = Assert.Single(report.Entries);
        Assert.Equal(
            (42, DeviationEntryKind.StateChange, (DeviationState?)to, side, "user-1", "Silje Haugland", "Svar fra avdelingen.", Now),
            (entry.ReportId, entry.Kind, entry.ToState, entry.Side, entry.AuthorUserId, entry.AuthorName, entry.Text, entry.AtUtc));
    }

    [Fact]
    public void Every_other_combination_of_state_action_and_side_is_refused_and_changes_nothing()
    {
        var allowed = AllowedSteps.Select(row => ((DeviationState)row[0], (DeviationAction)row[1], (DeviationSide)row[2])).ToHashSet();
        var refused = 0;
        foreach (var state in Enum.GetValues<DeviationState>())
        {
            foreach (var action in Enum.GetValues<DeviationAction>())
            {
                foreach (var side in Enum.GetValues<DeviationSide>().Where(s => !allowed.Contains((state, action, s))))
                {
                    var report = Report(state);
                    Assert.NotNull(DeviationWorkflow.Apply(report, action, Sides(side), Actor, "Tekst", Now, Deadlines));
                    Assert.Equal(state, report.State);
                    Assert.Empty(report.Entries);
                    Assert.Null(report.SentAtUtc ?? report.AcknowledgedAtUtc ?? report.AnsweredAtUtc ?? report.AcceptedAtUtc ?? report.ClosedAtUtc);
                    refused++;
                }
            }
        }
        Assert.Equal((7 * 7 * 2) - 8, refused);
    }

    [Theory]
    [InlineData(DeviationState.Accepted, DeviationAction.Close)]
    [InlineData(DeviationState.Sent, DeviationAction.Acknowledge)]
    [InlineData(DeviationState.Acknowledged, DeviationAction.Answer)]
    public void The_reporting_side_cannot_take_the_receivers_steps(DeviationState state, DeviationAction action) =>
        Assert.Equal("Deviations.OnlyReceiverSide", DeviationWorkflow.Apply(Report(state), action, Reporting, Actor, "Tekst", Now, Deadlines));

    [Theory]
    [InlineData(DeviationState.Answered, DeviationAction.Accept)]
    [InlineData(DeviationState.Answered, DeviationAction.SendBack)]
    [InlineData(DeviationState.Draft, DeviationAction.Send)]
    public void The_receiving_side_cannot_take_the_reporters_steps(DeviationState state, DeviationAction action) =>
        Assert.Equal("Deviations.OnlyReporterSide", DeviationWorkflow.Apply(Report(state), action, Receiving, Actor, "Tekst", Now, Deadlines));

    [Theory]
    [InlineData(DeviationState.Sent, DeviationAction.Close)]
    [InlineData(DeviationState.Sent, DeviationAction.Answer)]
    [InlineData(DeviationState.Closed, DeviationAction.Acknowledge)]
    [InlineData(DeviationState.Answered, DeviationAction.Close)]
    public void Skipping_a_step_is_refused(DeviationState state, DeviationAction action) =>
        Assert.Equal("Deviations.StepNotAllowed", DeviationWorkflow.Apply(Report(state), action, Receiving, Actor, "Tekst", Now, Deadlines));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void An_answer_and_a_send_back_need_a_text(string? text)
    {
        var answered = Report(DeviationState.BeingHandled);
        Assert.Equal("Deviations.AnswerRequired", DeviationWorkflow.Apply(answered, DeviationAction.Answer, Receiving, Actor, text, Now, Deadlines));
        Assert.Equal(DeviationState.BeingHandled, answered.State);

        var sentBack = Report(DeviationState.Answered);
        Assert.Equal("Deviations.SendBackCommentRequired", DeviationWorkflow.Apply(sentBack, DeviationAction.SendBack, Reporting, Actor, text, Now, Deadlines));
        Assert.Equal(DeviationState.Answered, sentBack.State);

        Assert.True(DeviationWorkflow.NeedsText(DeviationAction.Answer) && DeviationWorkflow.NeedsText(DeviationAction.SendBack));
        Assert.False(DeviationWorkflow.NeedsText(DeviationAction.Accept));
    }

    [Fact]
    public void Deadlines_count_working_days_from_the_norwegian_date_of_send_acknowledge_and_send_back()
    {
        var report = Report(DeviationState.Draft);

        DeviationWorkflow.Apply(report, DeviationAction.Send, Reporting, Actor, null, Now, Deadlines);
        Assert.Equal(Now, report.SentAtUtc);
        Assert.Equal(new DateOnly(2026, 3, 18), report.AcknowledgeBy); // Wed 11 March + 5 working days

        DeviationWorkflow.Apply(report, DeviationAction.Acknowledge, Receiving, Actor, null, Now, Deadlines);
        Assert.Equal(Now, report.AcknowledgedAtUtc);
        Assert.Equal(new DateOnly(2026, 4, 13), report.AnswerBy); // 20 working days, Easter 2–6 April left out

        DeviationWorkflow.Apply(report, DeviationAction.Answer, Receiving, Actor, "Svar", Now, Deadlines);
        Assert.Equal(Now, report.AnsweredAtUtc);

        var later = new DateTime(2026, 5, 11, 10, 0, 0, DateTimeKind.Utc);
        DeviationWorkflow.Apply(report, DeviationAction.SendBack, Reporting, Actor, "Svaret mangler tiltak", later, Deadlines);
        Assert.Null(report.AnsweredAtUtc);
        Assert.Equal(new DateOnly(2026, 6, 10), report.AnswerBy); // Ascension, 17 May (a Sunday) and Whit Monday left out
    }

    [Theory]
    [InlineData(DeviationConsequence.Serious, false, DeviationTrack.Formal)]
    [InlineData(DeviationConsequence.Minor, true, DeviationTrack.Formal)]
    [InlineData(null, true, DeviationTrack.Formal)]
    [InlineData(DeviationConsequence.Moderate, false, DeviationTrack.Learning)]
    [InlineData(DeviationConsequence.Unknown, false, DeviationTrack.Learning)]
    [InlineData(null, false, DeviationTrack.Learning)]
    public void Serious_reports_and_complaints_take_the_formal_track_when_sent(DeviationConsequence? consequence, bool complaint, DeviationTrack track)
    {
        var report = Report(DeviationState.Draft);
        report.Consequence = consequence;
        report.IsComplaint = complaint;

        DeviationWorkflow.Apply(report, DeviationAction.Send, Reporting, Actor, null, Now, Deadlines);

        Assert.Equal(track, report.Track);
    }

    [Fact]
    public void The_steps_offered_are_those_the_sides_may_take_in_the_state()
    {
        HashSet<DeviationSide> both = [DeviationSide.Reporting, DeviationSide.Receiving];
        Assert.Equal([DeviationAction.Send], DeviationWorkflow.Available(Report(DeviationState.Draft), Reporting));
        Assert.Empty(DeviationWorkflow.Available(Report(DeviationState.Draft), Receiving));
        Assert.Empty(DeviationWorkflow.Available(Report(DeviationState.Sent), Reporting));
        Assert.Equal([DeviationAction.StartHandling, DeviationAction.Answer], DeviationWorkflow.Available(Report(DeviationState.Acknowledged), Receiving).Order());
        Assert.Equal([DeviationAction.Accept, DeviationAction.SendBack], DeviationWorkflow.Available(Report(DeviationState.Answered), both).Order());
        Assert.Empty(DeviationWorkflow.Available(Report(DeviationState.Closed), both));
        Assert.Empty(DeviationWorkflow.Available(Report(DeviationState.Answered), new HashSet<DeviationSide>()));
    }

    [Theory]
    [InlineData(PartnerKind.Municipality, PartnerKind.HospitalTrust, DeviationDirection.MunicipalityToHospital)]
    [InlineData(PartnerKind.HospitalTrust, PartnerKind.Municipality, DeviationDirection.HospitalToMunicipality)]
    [InlineData(PartnerKind.Municipality, PartnerKind.Municipality, DeviationDirection.MunicipalityToMunicipality)]
    [InlineData(PartnerKind.HospitalTrust, PartnerKind.HospitalTrust, DeviationDirection.Other)]
    public void The_direction_follows_from_the_partners_kinds(PartnerKind from, PartnerKind to, DeviationDirection direction) =>
        Assert.Equal(direction, DeviationWorkflow.DirectionOf(from, to));
}
