using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Partners;

/// <summary>Creates a partner (no id) or edits one.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l)
    : EditPageModel<Partner, PartnerInput>(db, audit, l)
{
    protected override Partner NewEntity() => new() { Name = Input.Name! };

    protected override async Task ValidateAsync()
    {
        const string municipalityField = $"{nameof(Input)}.{nameof(PartnerInput.MunicipalityNumber)}";
        const string organisationField = $"{nameof(Input)}.{nameof(PartnerInput.OrganisationNumber)}";
        Input.MunicipalityNumber = NorwegianIdentifiers.Normalise(Input.MunicipalityNumber);
        Input.OrganisationNumber = NorwegianIdentifiers.Normalise(Input.OrganisationNumber);
        ModelState.Remove(municipalityField);
        ModelState.Remove(organisationField);

        if (Input.Kind == PartnerKind.Municipality && Input.MunicipalityNumber is null)
        {
            ModelState.AddModelError(municipalityField, L["Partner.MunicipalityNumberRequired"]);
        }
        else if (Input.MunicipalityNumber is { } number)
        {
            if (!NorwegianIdentifiers.IsValidMunicipalityNumber(number))
            {
                ModelState.AddModelError(municipalityField, L["Partner.MunicipalityNumberInvalid"]);
            }
            else if (await Db.Partners.AnyAsync(p => p.MunicipalityNumber == number && p.Id != Id))
            {
                ModelState.AddModelError(municipalityField, L["Partner.MunicipalityNumberTaken", number]);
            }
        }
        if (Input.OrganisationNumber is { } organisationNumber && !NorwegianIdentifiers.IsValidOrganisationNumber(organisationNumber))
        {
            ModelState.AddModelError(organisationField, L["Partner.OrganisationNumberInvalid"]);
        }
    }
}

public sealed class PartnerInput : IEntityInput<Partner, PartnerInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Partner.Name")]
    public string? Name { get; set; }

    [Display(Name = "Partner.Kind")]
    public PartnerKind Kind { get; set; }

    [Display(Name = "Partner.MunicipalityNumber")]
    public string? MunicipalityNumber { get; set; }

    [Display(Name = "Partner.OrganisationNumber")]
    public string? OrganisationNumber { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Partner.Description")]
    public string? Description { get; set; }

    public int Version { get; set; }

    public static PartnerInput FromEntity(Partner p) => new()
    {
        Name = p.Name,
        Kind = p.Kind,
        MunicipalityNumber = p.MunicipalityNumber,
        OrganisationNumber = p.OrganisationNumber,
        Description = p.Description,
        Version = p.Version,
    };

    public void ApplyTo(Partner p)
    {
        p.Name = Name!.Trim();
        p.Kind = Kind;
        p.MunicipalityNumber = MunicipalityNumber;
        p.OrganisationNumber = OrganisationNumber;
        p.Description = Description.TrimToNull();
    }
}
