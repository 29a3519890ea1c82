using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Partners;

/// <summary>A party to the collaboration: a municipality, the hospital trust, or a represented group.</summary>
public class Partner : TenantEntity, IPublicContent
{
    [MaxLength(200)]
    public required string Name { get; set; }

    public PartnerKind Kind { get; set; }

    /// <summary>Kommunenummer (four digits); only for municipalities, unique within a community.</summary>
    [MaxLength(4)]
    public string? MunicipalityNumber { get; set; }

    /// <summary>Organisasjonsnummer (nine digits, mod-11), e.g. for the hospital trust.</summary>
    [MaxLength(9)]
    public string? OrganisationNumber { get; set; }

    [MaxLength(2000)]
    public string? Description { get; set; }
}

public enum PartnerKind
{
    Municipality,
    HospitalTrust,
    GeneralPractitioners,
    UserRepresentatives,
    EmployeeRepresentatives,
    Observer,
    Other,
}
