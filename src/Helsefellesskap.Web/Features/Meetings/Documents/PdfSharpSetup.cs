using PdfSharp;
using PdfSharp.Fonts;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// PDFsharp's process-wide settings, made once before the first document: the licence it is used under and the
/// font resolver. Safe to call from any thread and as often as wanted; at startup and before each rendering.
/// </summary>
public static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static volatile bool configured;

    public static void EnsureConfigured()
    {
        if (configured)
        {
            return;
        }
        lock (Gate)
        {
            if (configured)
            {
                return;
            }
            // PDFsharp 6.5 refuses to work until a licence is chosen: its free licence is the AGPL 3.0.
            PdfSharpLicense.SetAgplLicense();
            // PDFsharp accepts a font resolver once per process.
            GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            configured = true;
        }
    }
}
