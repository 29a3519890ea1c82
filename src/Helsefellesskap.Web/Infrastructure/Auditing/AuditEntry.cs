using System.ComponentModel.DataAnnotations;

namespace Helsefellesskap.Web.Infrastructure.Auditing;

/// <summary>One recorded change. Rows are only ever inserted: the context refuses to update or delete them.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Null for platform-level records such as accounts.</summary>
    public int? CommunityId { get; set; }

    public DateTime TimestampUtc { get; set; }

    [MaxLength(450)]
    public string? UserId { get; set; }

    [MaxLength(256)]
    public string? UserName { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The entity's CLR name, e.g. <c>Membership</c>.</summary>
    [MaxLength(100)]
    public required string EntityType { get; set; }

    [MaxLength(100)]
    public required string EntityId { get; set; }

    /// <summary>JSON object: property name → { "before": …, "after": … }.</summary>
    public required string Changes { get; set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,

    /// <summary>Someone read a record whose reads must be traced (a deviation report). No values are stored.</summary>
    Read,
}
