using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>How the case history names its entries, the same on the page and in the exported case.</summary>
public static class CaseText
{
    public static string EntryHeading(DeviationEntry entry, IStringLocalizer l) =>
        EntryHeading(entry.Kind, entry.ToState, entry.Side, entry.Text, l);

    public static string EntryHeading(DeviationEntryKind kind, DeviationState? toState, DeviationSide side, string? text, IStringLocalizer l) =>
        (kind, toState, side) switch
        {
            (DeviationEntryKind.Routed, _, _) => l["Deviations.Case.EntryRouted", text ?? ""],
            // Only a send-back moves the report to "being handled" from the reporter's side.
            (DeviationEntryKind.StateChange, DeviationState.BeingHandled, DeviationSide.Reporting) => l["Deviations.Case.EntrySentBack"],
            (DeviationEntryKind.StateChange, { } state, _) => l["Deviations.Case.EntryStep", l.Enum(state)],
            _ => l.Enum(kind),
        };

    /// <summary>Routing entries hold the unit's name, which the heading already shows; others show their text below it.</summary>
    public static bool ShowsText(DeviationEntryKind kind) => kind != DeviationEntryKind.Routed;
}
