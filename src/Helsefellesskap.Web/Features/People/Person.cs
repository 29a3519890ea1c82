using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.People;

/// <summary>Someone who sits in, serves or presents to the bodies of a community.</summary>
public class Person : TenantEntity, IPublicContent
{
    [MaxLength(200)]
    public required string Name { get; set; }

    [MaxLength(200)]
    public string? Title { get; set; }

    [MaxLength(200)]
    public string? Employer { get; set; }

    [MaxLength(254)]
    public string? Email { get; set; }

    [MaxLength(40)]
    public string? Phone { get; set; }

    /// <summary>Where the person works, if known: the default reporting unit of her deviation reports.</summary>
    public int? WorkUnitId { get; set; }

    public Units.ServiceUnit? WorkUnit { get; set; }

    /// <summary>The account this person signs in with, if any.</summary>
    [MaxLength(450)]
    public string? UserId { get; set; }
}
