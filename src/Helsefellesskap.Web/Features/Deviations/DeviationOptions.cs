using Helsefellesskap.Web.Infrastructure.Localization;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>Settings of deviation handling (section <c>Deviations</c>).</summary>
public sealed class DeviationOptions
{
    public const string Section = "Deviations";

    /// <summary>Working days the receiving partner has to acknowledge a sent report.</summary>
    public int AcknowledgeWithinWorkingDays { get; set; } = 5;

    /// <summary>Working days from acknowledgement (or a send-back) to the answer.</summary>
    public int AnswerWithinWorkingDays { get; set; } = 20;

    /// <summary>Counts below this are shown as "&lt;N" in anything that leaves the secretariat.</summary>
    public int SmallCountThreshold { get; set; } = 5;
}

/// <summary>The deadlines of a report, in working days counted from the Norwegian date of the step.</summary>
public sealed class DeviationDeadlines(DeviationOptions options)
{
    public DateOnly AcknowledgeBy(DateTime nowUtc) =>
        NorwegianWorkingDays.Add(DateOnly.FromDateTime(OsloTime.ToOslo(nowUtc)), options.AcknowledgeWithinWorkingDays);

    public DateOnly AnswerBy(DateTime nowUtc) =>
        NorwegianWorkingDays.Add(DateOnly.FromDateTime(OsloTime.ToOslo(nowUtc)), options.AnswerWithinWorkingDays);
}
