namespace Helsefellesskap.Web.Infrastructure.Tenancy;

/// <summary>The community the current request works in, resolved once per request from the URL.</summary>
public sealed class TenantContext
{
    public Community? Community { get; private set; }

    public int? CommunityId => Community?.Id;

    public string Slug => Community?.Slug ?? throw new InvalidOperationException("No community in this request.");

    public void Set(Community community) => Community = community;

    public int RequireId() => CommunityId ?? throw new InvalidOperationException("No community in this request.");
}
