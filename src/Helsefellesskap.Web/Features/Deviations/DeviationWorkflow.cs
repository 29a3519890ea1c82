namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// The handling of a report as a dialogue between the two parties:
/// Draft → Sent → Acknowledged → Being handled → Answered → Accepted (or sent back to Being handled) → Closed.
/// Each step names the side that may take it; a step returns null when done, or the resource key of the refusal.
/// </summary>
public static class DeviationWorkflow
{
    private sealed record Step(DeviationSide Side, DeviationState To, bool NeedsText, params DeviationState[] From);

    private static readonly Dictionary<DeviationAction, Step> Steps = new()
    {
        [DeviationAction.Send] = new(DeviationSide.Reporting, DeviationState.Sent, false, DeviationState.Draft),
        [DeviationAction.Acknowledge] = new(DeviationSide.Receiving, DeviationState.Acknowledged, false, DeviationState.Sent),
        [DeviationAction.StartHandling] = new(DeviationSide.Receiving, DeviationState.BeingHandled, false, DeviationState.Acknowledged),
        [DeviationAction.Answer] = new(DeviationSide.Receiving, DeviationState.Answered, true, DeviationState.Acknowledged, DeviationState.BeingHandled),
        [DeviationAction.Accept] = new(DeviationSide.Reporting, DeviationState.Accepted, false, DeviationState.Answered),
        [DeviationAction.SendBack] = new(DeviationSide.Reporting, DeviationState.BeingHandled, true, DeviationState.Answered),
        [DeviationAction.Close] = new(DeviationSide.Receiving, DeviationState.Closed, false, DeviationState.Accepted),
    };

    /// <summary>The actions open to someone acting for the given sides, in the report's current state.</summary>
    public static IEnumerable<DeviationAction> Available(DeviationReport report, IReadOnlySet<DeviationSide> sides) =>
        Steps.Where(s => sides.Contains(s.Value.Side) && s.Value.From.Contains(report.State)).Select(s => s.Key);

    public static bool NeedsText(DeviationAction action) => Steps[action].NeedsText;

    /// <summary>
    /// Moves the report and adds the step to its history. <paramref name="text"/> is the answer or the comment of a
    /// send-back, already checked for patient data by the caller.
    /// </summary>
    public static string? Apply(
        DeviationReport report, DeviationAction action, IReadOnlySet<DeviationSide> sides, DeviationActor actor,
        string? text, DateTime nowUtc, DeviationDeadlines deadlines)
    {
        var step = Steps[action];
        if (!sides.Contains(step.Side))
        {
            return step.Side == DeviationSide.Reporting ? "Deviations.OnlyReporterSide" : "Deviations.OnlyReceiverSide";
        }
        if (!step.From.Contains(report.State))
        {
            return "Deviations.StepNotAllowed";
        }
        if (step.NeedsText && string.IsNullOrWhiteSpace(text))
        {
            return action == DeviationAction.Answer ? "Deviations.AnswerRequired" : "Deviations.SendBackCommentRequired";
        }

        switch (action)
        {
            case DeviationAction.Send:
                report.SentAtUtc = nowUtc;
                report.Track = IsFormal(report) ? DeviationTrack.Formal : DeviationTrack.Learning;
                report.AcknowledgeBy = deadlines.AcknowledgeBy(nowUtc);
                break;
            case DeviationAction.Acknowledge:
                report.AcknowledgedAtUtc = nowUtc;
                report.AnswerBy = deadlines.AnswerBy(nowUtc);
                break;
            case DeviationAction.Answer:
                report.AnsweredAtUtc = nowUtc;
                break;
            case DeviationAction.Accept:
                report.AcceptedAtUtc = nowUtc;
                break;
            case DeviationAction.SendBack:
                report.AnsweredAtUtc = null;
                report.AnswerBy = deadlines.AnswerBy(nowUtc);
                break;
            case DeviationAction.Close:
                report.ClosedAtUtc = nowUtc;
                break;
        }
        report.State = step.To;
        report.Entries.Add(new DeviationEntry
        {
            ReportId = report.Id,
            Kind = DeviationEntryKind.StateChange,
            ToState = step.To,
            Side = step.Side,
            AuthorUserId = actor.UserId,
            AuthorName = actor.Name,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            AtUtc = nowUtc,
        });
        return null;
    }

    /// <summary>Serious feedback and complaints are handled as formal correspondence.</summary>
    public static bool IsFormal(DeviationReport report) =>
        report.IsComplaint || report.Consequence == DeviationConsequence.Serious;

    /// <summary>The direction follows from who reports to whom.</summary>
    public static DeviationDirection DirectionOf(Partners.PartnerKind from, Partners.PartnerKind to) => (from, to) switch
    {
        (Partners.PartnerKind.Municipality, Partners.PartnerKind.HospitalTrust) => DeviationDirection.MunicipalityToHospital,
        (Partners.PartnerKind.HospitalTrust, Partners.PartnerKind.Municipality) => DeviationDirection.HospitalToMunicipality,
        (Partners.PartnerKind.Municipality, Partners.PartnerKind.Municipality) => DeviationDirection.MunicipalityToMunicipality,
        _ => DeviationDirection.Other,
    };
}

public enum DeviationAction
{
    Send,
    Acknowledge,
    StartHandling,
    Answer,
    Accept,
    SendBack,
    Close,
}

/// <summary>Who takes a step, as the history shows it.</summary>
public sealed record DeviationActor(string? UserId, string Name);
