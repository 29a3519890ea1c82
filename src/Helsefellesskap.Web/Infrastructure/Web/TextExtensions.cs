namespace Helsefellesskap.Web.Infrastructure.Web;

public static class TextExtensions
{
    /// <summary>What a user typed in an optional field, trimmed; null when nothing was typed.</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
