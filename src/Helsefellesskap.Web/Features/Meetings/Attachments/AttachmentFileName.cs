using System.Globalization;
using System.Text;

namespace Helsefellesskap.Web.Features.Meetings.Attachments;

/// <summary>Makes an uploaded file name safe to store and to offer as a download name.</summary>
public static class AttachmentFileName
{
    public const int MaxLength = 255;

    /// <summary>Characters that Windows refuses in file names; they become underscores.</summary>
    private const string Reserved = "<>:\"|?*";

    /// <summary>
    /// Keeps only the last path segment (some browsers send the whole path), drops control and formatting
    /// characters (including the right-to-left override used to disguise extensions), composes letters so that
    /// æ, ø and å from any system are one character each, and shortens the name to 255 characters, keeping its extension.
    /// </summary>
    public static string Clean(string? raw)
    {
        var name = (raw ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }
            cleaned.Append(Reserved.Contains(c) ? '_' : char.IsWhiteSpace(c) ? ' ' : c);
        }
        var result = cleaned.ToString().Trim();
        return result.Length <= MaxLength ? result : Shorten(result);
    }

    private static string Shorten(string name)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length >= MaxLength)
        {
            extension = "";
        }
        var stem = name[..(MaxLength - extension.Length)];
        // Never cut a character in half.
        if (char.IsHighSurrogate(stem[^1]))
        {
            stem = stem[..^1];
        }
        return stem.TrimEnd() + extension;
    }
}
