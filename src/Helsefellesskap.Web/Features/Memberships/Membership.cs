using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Memberships;

/// <summary>A person's seat in a body for a period. Ended memberships are kept as history.</summary>
public class Membership : TenantEntity, IPublicContent
{
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public MembershipRole Role { get; set; }

    /// <summary>The partner or group the person represents, if any (the secretariat may represent none).</summary>
    public int? PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    [MaxLength(500)]
    public string? Note { get; set; }

    public bool IsCurrentOn(DateOnly date) => From <= date && (To is null || To >= date);
}

/// <summary>Roles in the order a member list shows them.</summary>
public enum MembershipRole
{
    Chair,
    ViceChair,
    Member,
    Deputy,
    Observer,
    Secretariat,
    MinuteTaker,
}
