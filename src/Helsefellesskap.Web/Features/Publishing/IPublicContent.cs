namespace Helsefellesskap.Web.Features.Publishing;

/// <summary>
/// A record whose changes can change what the public sees: saving one refreshes the search index and the
/// publication register (<see cref="IPublicContentSource"/>), records a tombstone when it is deleted, and moves
/// its community's <see cref="PublicStamp"/> so cached public pages are rebuilt.
/// </summary>
public interface IPublicContent;
