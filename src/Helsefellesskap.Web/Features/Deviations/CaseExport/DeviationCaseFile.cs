using System.Text.Json;
using System.Text.Json.Serialization;

namespace Helsefellesskap.Web.Features.Deviations.CaseExport;

/// <summary>
/// The whole case of a report as it leaves the system for an archive: every field, the dates, and the full
/// history with its messages. Serialised to JSON with fixed camelCase property names, ISO 8601 dates (UTC
/// instants end in Z) and enums as their names, so an archive system can read it without this application.
/// </summary>
public sealed record DeviationCaseFile(
    string Format,
    string Community,
    int Number,
    string? JournalNumber,
    DeviationState State,
    DeviationTrack Track,
    bool IsComplaint,
    DeviationDirection? Direction,
    CaseParty Reporting,
    CaseParty Receiving,
    DateOnly? EventDate,
    PartOfDay? EventPartOfDay,
    PathwayPhase? Phase,
    CaseCategory? Category,
    CaseCategory? Subcategory,
    string? AgreementReference,
    PatientGroup? PatientGroup,
    DeviationConsequence? Consequence,
    string? WhatHappened,
    string? ImmediateAction,
    string? SuggestedImprovement,
    CaseReporter Reporter,
    CaseDates Dates,
    IReadOnlyList<CaseHistoryEntry> History,
    DateTime ExportedAtUtc,
    string ExportedBy)
{
    public const string FormatName = "helsefellesskap/samhandlingsavvik/1";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The case of <paramref name="report"/> (loaded with <see cref="DeviationCases.WithCase"/>). The local
    /// reference goes only to the reporting side, as on the case page.
    /// </summary>
    public static DeviationCaseFile From(DeviationReport report, string community, bool withLocalReference, DateTime exportedAtUtc, string exportedBy) => new(
        FormatName,
        community,
        report.Id,
        report.JournalNumber,
        report.State,
        report.Track,
        report.IsComplaint,
        report.Direction,
        new CaseParty(report.ReportingPartner?.Name, report.ReportingUnit?.Name),
        new CaseParty(report.ReceivingPartner?.Name, report.ReceivingUnit?.Name),
        report.EventDate,
        report.EventPartOfDay,
        report.Phase,
        CaseCategory.Of(report.Category),
        CaseCategory.Of(report.Subcategory),
        report.AgreementReference,
        report.PatientGroup,
        report.Consequence,
        report.WhatHappened,
        report.ImmediateAction,
        report.SuggestedImprovement,
        new CaseReporter(report.ReporterName, report.ReporterRole, withLocalReference ? report.LocalReference : null),
        new CaseDates(
            Utc(report.CreatedAtUtc),
            Utc(report.SentAtUtc),
            report.AcknowledgeBy,
            Utc(report.AcknowledgedAtUtc),
            report.AnswerBy,
            Utc(report.AnsweredAtUtc),
            Utc(report.AcceptedAtUtc),
            Utc(report.ClosedAtUtc)),
        [.. report.Entries.Select(e => new CaseHistoryEntry(e.Kind, e.ToState, e.Side, e.AuthorName, Utc(e.AtUtc), e.Text))],
        Utc(exportedAtUtc),
        exportedBy);

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}

public sealed record CaseParty(string? Partner, string? Unit);

public sealed record CaseCategory(string Code, string Name)
{
    public static CaseCategory? Of(DeviationCategory? category) => category is null ? null : new(category.Code, category.Name);
}

public sealed record CaseReporter(string Name, string? Role, string? LocalReference);

public sealed record CaseDates(
    DateTime CreatedAtUtc,
    DateTime? SentAtUtc,
    DateOnly? AcknowledgeBy,
    DateTime? AcknowledgedAtUtc,
    DateOnly? AnswerBy,
    DateTime? AnsweredAtUtc,
    DateTime? AcceptedAtUtc,
    DateTime? ClosedAtUtc);

/// <summary>One line of the history: a step (with the state it led to), a routing (the unit's name as text), or a message.</summary>
public sealed record CaseHistoryEntry(DeviationEntryKind Kind, DeviationState? ToState, DeviationSide Side, string Author, DateTime AtUtc, string? Text);
