using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// PDFsharp's core build finds no system fonts on Linux, so every font is DejaVu Sans, embedded in the assembly
/// (Fonts/, licence in Fonts/LICENSE-DejaVu.txt). DejaVu covers Norwegian letters and the bullets the documents use.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";

    private readonly ConcurrentDictionary<string, byte[]> faces = new();

    /// <summary>Any family name resolves to DejaVu Sans: a document in the wrong face is better than no document.</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => new FontResolverInfo(Bold, XStyleSimulations.ItalicSimulation),
        (true, false) => new FontResolverInfo(Bold),
        (false, true) => new FontResolverInfo(Oblique),
        _ => new FontResolverInfo(Regular),
    };

    public byte[] GetFont(string faceName) => faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(DejaVuFontResolver).Assembly.GetManifestResourceStream($"Helsefellesskap.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
