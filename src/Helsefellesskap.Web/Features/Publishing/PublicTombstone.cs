using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Publishing;

/// <summary>
/// A public record that was deleted or withdrawn from the public, kept so open-data clients that synchronise
/// (OParl's <c>modified_since</c>) learn that it is gone. <see cref="TenantEntity.CreatedAtUtc"/> is when it went.
/// </summary>
public class PublicTombstone : TenantEntity
{
    /// <summary>The entity's type name, e.g. <c>Meeting</c>, <c>AgendaItem</c>, <c>Attachment</c>.</summary>
    [MaxLength(40)]
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>When the record itself was created.</summary>
    public DateTime EntityCreatedAtUtc { get; set; }
}
