using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>An item's types as the notice writes them: "Orientering Diskusjon".</summary>
public static class AgendaTypes
{
    public static readonly IReadOnlyList<AgendaItemTypes> All =
        Enum.GetValues<AgendaItemTypes>().Where(t => t != AgendaItemTypes.None).ToList();

    public static string Describe(IStringLocalizer localizer, AgendaItemTypes types) =>
        string.Join(" ", All.Where(t => types.HasFlag(t)).Select(t => localizer.Enum(t)));
}
