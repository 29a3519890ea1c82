using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Infrastructure.Localization;

public static class LocalizerExtensions
{
    /// <summary>The display text of an enum value, from the key <c>EnumType.Value</c>.</summary>
    public static string Enum<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        localizer[$"{typeof(TEnum).Name}.{value}"];

    /// <summary>Every value of an enum as options for a select, in declaration order.</summary>
    public static IEnumerable<SelectListItem> EnumOptions<TEnum>(this IStringLocalizer localizer) where TEnum : struct, Enum =>
        System.Enum.GetValues<TEnum>().Select(v => new SelectListItem(localizer.Enum(v), v.ToString()));
}
