using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>One adopted version of a body's mandate. Versions are added, never rewritten.</summary>
public class MandateVersion : TenantEntity, IPublicContent
{
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>1, 2, 3… per body.</summary>
    public int Number { get; set; }

    /// <summary>The mandate in Markdown; rendered sanitised.</summary>
    [MaxLength(50_000)]
    public required string Text { get; set; }

    public DateOnly AdoptedOn { get; set; }

    /// <summary>Where it was adopted, e.g. "SSU-sak 2024.35"; free text until cases exist.</summary>
    [MaxLength(200)]
    public string? AdoptedIn { get; set; }
}
