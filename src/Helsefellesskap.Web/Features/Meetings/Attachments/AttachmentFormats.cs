using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Attachments;

/// <summary>The allowed kinds of attachment: the names they go by, and the content type they are served with.</summary>
public static class AttachmentFormats
{
    private static readonly Dictionary<string, AttachmentKind> KindByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = AttachmentKind.Pdf,
        [".docx"] = AttachmentKind.Docx,
        [".xlsx"] = AttachmentKind.Xlsx,
        [".pptx"] = AttachmentKind.Pptx,
        [".png"] = AttachmentKind.Png,
        [".jpg"] = AttachmentKind.Jpeg,
        [".jpeg"] = AttachmentKind.Jpeg,
    };

    /// <summary>For the file input's <c>accept</c> attribute: the extensions and content types we take.</summary>
    public static string Accept { get; } = string.Join(",", KindByExtension.Keys.Concat(Enum.GetValues<AttachmentKind>().Select(ContentType)));

    /// <summary>The kind a file name claims to be, from its extension; null for any other extension.</summary>
    public static AttachmentKind? KindFromFileName(string fileName) =>
        KindByExtension.TryGetValue(Path.GetExtension(fileName), out var kind) ? kind : null;

    /// <summary>The usual extension of a kind, with its dot.</summary>
    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => ".jpg",
        _ => "." + kind.ToString().ToLowerInvariant(),
    };

    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Jpeg => "image/jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The short name used in "er ikke en PDF-fil".</summary>
    public static string TypeName(this IStringLocalizer<SharedResource> l, AttachmentKind kind) => l[$"Attachments.TypeName.{kind}"];

    /// <summary>Megabytes as Norwegians write them: "25", "1,5".</summary>
    public static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", WebSetup.Norwegian);

    /// <summary>A file size for people: kilobytes below one megabyte, otherwise megabytes.</summary>
    public static string FormatSize(this IStringLocalizer<SharedResource> l, long bytes) =>
        bytes < 1024 * 1024
            ? l["Attachments.SizeKilobytes", Math.Max(1, (bytes + 1023) / 1024).ToString(CultureInfo.InvariantCulture)]
            : l["Attachments.SizeMegabytes", (bytes / (1024d * 1024d)).ToString("0.0", WebSetup.Norwegian)];
}
