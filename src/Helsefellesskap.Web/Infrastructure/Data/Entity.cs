namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>An entity owned by one community (tenant). The context filters and stamps it centrally.</summary>
public abstract class TenantEntity
{
    public int Id { get; set; }

    public int CommunityId { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every update.</summary>
    public int Version { get; set; }

    /// <summary>When the record was created; stamped on insert unless set (imported or backdated records keep theirs).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the record was last changed; stamped on every insert and update (open data feeds filter on it).</summary>
    public DateTime ModifiedAtUtc { get; set; }
}
