namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>An entity owned by one community (tenant). The context filters and stamps it centrally.</summary>
public abstract class TenantEntity
{
    public int Id { get; set; }

    public int CommunityId { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every update.</summary>
    public int Version { get; set; }
}
