using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.CaseExport;

/// <summary>The whole case as a PDF for the archive: the journal number on every page, all fields, the texts and the full history.</summary>
public static class DeviationCasePdf
{
    public static byte[] Render(DeviationCaseFile file, IStringLocalizer l)
    {
        var style = new PdfStyle();
        var title = l["Deviations.Case.Title", file.Number];
        using var document = PdfOutput.NewDocument(title, file.Community);
        var header = file.JournalNumber is { } journal ? $"{title} · {l["DeviationReport.JournalNumber"]} {journal}" : title;
        using (var flow = new PdfFlow(document, style, new PageFrame(file.Community, header)))
        {
            flow.Write(new Piece(title, style.Heading));
            if (file.JournalNumber is { } journalNumber)
            {
                flow.Write(new Piece($"{l["DeviationReport.JournalNumber"]}: {journalNumber}", style.Subheading, SpaceBefore: 4));
            }
            flow.Space(8);
            KeyValues(flow, Fields(file, l));
            Section(flow, l["DeviationReport.WhatHappened"], file.WhatHappened, l);
            Section(flow, l["DeviationReport.ImmediateAction"], file.ImmediateAction, l);
            Section(flow, l["DeviationReport.SuggestedImprovement"], file.SuggestedImprovement, l);
            Heading(flow, l["Deviations.Case.Deadlines"]);
            KeyValues(flow, Dates(file.Dates, l));
            Heading(flow, l["Deviations.Case.History"]);
            History(flow, file.History, l);
            flow.Space(12);
            flow.Write(new Piece(l["Deviations.Case.ExportedBy", OsloTime.FormatDateTime(file.ExportedAtUtc), file.ExportedBy], style.Italic));
        }
        PdfOutput.NumberPages(document, style, l["Documents.PageNumber", "{0}", "{1}"]);
        return PdfOutput.Save(document);
    }

    private static IEnumerable<(string Label, string? Value)> Fields(DeviationCaseFile file, IStringLocalizer l)
    {
        yield return (l["DeviationReport.Number"], file.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return (l["DeviationReport.State"], l.Enum(file.State));
        yield return (l["DeviationReport.Track"], file.IsComplaint ? $"{l.Enum(file.Track)} ({l["Deviations.Case.Complaint"]})" : l.Enum(file.Track));
        yield return (l["DeviationReport.Direction"], file.Direction is { } direction ? l.Enum(direction) : null);
        yield return (l["DeviationReport.ReportingPartner"], file.Reporting.Partner);
        yield return (l["DeviationReport.ReportingUnit"], file.Reporting.Unit);
        yield return (l["DeviationReport.ReceivingPartner"], file.Receiving.Partner);
        yield return (l["DeviationReport.ReceivingUnit"], file.Receiving.Unit);
        yield return (l["DeviationReport.EventDate"], file.EventDate is { } date
            ? file.EventPartOfDay is { } part ? $"{OsloTime.Format(date)}, {l.Enum(part)}" : OsloTime.Format(date)
            : null);
        yield return (l["DeviationReport.Phase"], file.Phase is { } phase ? l.Enum(phase) : null);
        yield return (l["DeviationReport.Category"], file.Category is { } category ? $"{category.Code} {category.Name}" : null);
        yield return (l["DeviationReport.Subcategory"], file.Subcategory is { } subcategory ? $"{subcategory.Code} {subcategory.Name}" : null);
        yield return (l["DeviationReport.AgreementReference"], file.AgreementReference);
        yield return (l["DeviationReport.PatientGroup"], file.PatientGroup is { } group ? l.Enum(group) : null);
        yield return (l["DeviationReport.Consequence"], file.Consequence is { } consequence ? l.Enum(consequence) : null);
        yield return (l["DeviationReport.ReporterName"], file.Reporter.Role is { } role ? $"{file.Reporter.Name}, {role}" : file.Reporter.Name);
        if (file.Reporter.LocalReference is { } reference)
        {
            yield return (l["DeviationReport.LocalReference"], reference);
        }
    }

    private static IEnumerable<(string Label, string? Value)> Dates(CaseDates dates, IStringLocalizer l)
    {
        yield return (l["DeviationReport.SentAt"], Instant(dates.SentAtUtc));
        yield return (l["DeviationReport.AcknowledgeBy"], OsloTime.Format(dates.AcknowledgeBy));
        yield return (l["DeviationReport.AcknowledgedAt"], Instant(dates.AcknowledgedAtUtc));
        yield return (l["DeviationReport.AnswerBy"], OsloTime.Format(dates.AnswerBy));
        yield return (l["DeviationReport.AnsweredAt"], Instant(dates.AnsweredAtUtc));
        yield return (l["Deviations.Case.AcceptedAt"], Instant(dates.AcceptedAtUtc));
        yield return (l["DeviationReport.ClosedAt"], Instant(dates.ClosedAtUtc));
    }

    private static string? Instant(DateTime? utc) => utc is { } value ? OsloTime.FormatDateTime(value) : null;

    private static void KeyValues(PdfFlow flow, IEnumerable<(string Label, string? Value)> rows) =>
        flow.Table(
            [new TableColumn(null, 1), new TableColumn(null, 2.4)],
            rows.Select(row => (IReadOnlyList<IReadOnlyList<Piece>>)[[new Piece(row.Label, flow.Style.Bold)], [new Piece(row.Value ?? "–", flow.Style.Body)]]),
            borders: false);

    private static void Heading(PdfFlow flow, string text)
    {
        flow.KeepRoom(60);
        flow.Write(new Piece(text, flow.Style.Subheading, SpaceBefore: 14));
        flow.Space(4);
    }

    private static void Section(PdfFlow flow, string heading, string? text, IStringLocalizer l)
    {
        Heading(flow, heading);
        // Plain text, set as typed (line breaks kept), not Markdown.
        flow.Write(new Piece(string.IsNullOrWhiteSpace(text) ? l["Deviations.Case.Empty"] : text, flow.Style.Body));
    }

    private static void History(PdfFlow flow, IReadOnlyList<CaseHistoryEntry> history, IStringLocalizer l)
    {
        if (history.Count == 0)
        {
            flow.Write(new Piece(l["Deviations.Case.NoHistory"], flow.Style.Body));
            return;
        }
        flow.Table(
            [new TableColumn(l["Deviations.Case.When"], 1), new TableColumn(l["Deviations.Case.Who"], 1.4), new TableColumn(l["Deviations.Case.What"], 3)],
            history.Select(entry => (IReadOnlyList<IReadOnlyList<Piece>>)
            [
                [new Piece(OsloTime.FormatDateTime(entry.AtUtc), flow.Style.Body)],
                [new Piece(entry.Author, flow.Style.Body), new Piece(l.Enum(entry.Side), flow.Style.Italic)],
                [
                    new Piece(CaseText.EntryHeading(entry.Kind, entry.ToState, entry.Side, entry.Text, l), flow.Style.Bold),
                    .. CaseText.ShowsText(entry.Kind) && entry.Text is { } text ? [new Piece(text, flow.Style.Body, SpaceBefore: 3)] : Array.Empty<Piece>(),
                ],
            ]));
    }
}
