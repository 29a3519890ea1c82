namespace Helsefellesskap.Web.Features.Publishing;

/// <summary>
/// A counter per community, moved on every change to public content. Cached public pages are keyed on it, so a
/// change reaches every instance behind the load balancer without any of them telling the others.
/// </summary>
public class PublicStamp
{
    public int CommunityId { get; set; }

    public long Value { get; set; }

    public DateTime ChangedAtUtc { get; set; }
}
