namespace Helsefellesskap.Web.Infrastructure.Localization;

/// <summary>
/// Marker for the user-interface texts in <c>SharedResource.resx</c> (Norwegian bokmål, the neutral culture).
/// Add <c>SharedResource.en.resx</c> to offer English.
/// </summary>
public sealed class SharedResource;
