using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Matters;

/// <summary>
/// A matter (sak i vid forstand) that may be treated in several meetings and bodies: each treatment is an
/// agenda item, linked to the one before it.
/// </summary>
public class Matter : TenantEntity, IPublicContent
{
    [MaxLength(300)]
    public required string Title { get; set; }

    /// <summary>The body where the matter was first raised.</summary>
    public int? OriginBodyId { get; set; }

    public Body? OriginBody { get; set; }

    public List<AgendaItem> Items { get; set; } = [];
}
