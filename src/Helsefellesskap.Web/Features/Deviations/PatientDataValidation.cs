using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// Turns <see cref="PatientDataGuard"/> hits into Norwegian messages that point at the text (field and position)
/// without repeating it, so the message itself can never leak what it blocks.
/// </summary>
public static class PatientDataValidation
{
    public static IEnumerable<string> Messages(string fieldLabel, string? text, IStringLocalizer l) =>
        PatientDataGuard.Scan(text).Select(hit => Message(fieldLabel, hit, l));

    /// <summary>What was found in the field and where (characters counted from 1), never the text itself.</summary>
    public static string Message(string fieldLabel, PatientDataHit hit, IStringLocalizer l) =>
        l["Deviations.PatientDataFound", fieldLabel, l.Enum(hit.Kind), hit.Start + 1, hit.Start + hit.Length].Value;

    /// <summary>Adds one model error per hit to <paramref name="key"/>; true when the text is clean.</summary>
    public static bool Check(ModelStateDictionary modelState, string key, string fieldLabel, string? text, IStringLocalizer l)
    {
        var clean = true;
        foreach (var message in Messages(fieldLabel, text, l))
        {
            modelState.AddModelError(key, message);
            clean = false;
        }
        return clean;
    }
}
