using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Units;

/// <summary>
/// A service or department of a partner (e.g. Sykehuset i Vestfold → Medisinsk klinikk → Hjerteavdelingen),
/// as a tree. A unit that reports point at is never deleted: it is closed, and renames stay in the audit history.
/// </summary>
public class ServiceUnit : TenantEntity
{
    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public int? ParentId { get; set; }

    public ServiceUnit? Parent { get; set; }

    [MaxLength(200)]
    public required string Name { get; set; }

    [MaxLength(2000)]
    public string? Description { get; set; }

    /// <summary>The first day the unit no longer exists; null while it is active.</summary>
    public DateOnly? ClosedOn { get; set; }

    public bool IsActiveOn(DateOnly date) => ClosedOn is null || ClosedOn > date;
}
