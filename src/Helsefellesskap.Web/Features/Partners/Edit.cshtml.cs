using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Partners;

/// <summary>Creates a partner (no id) or edits one.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PartnerInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (partner is null)
        {
            return NotFound();
        }
        Input = PartnerInput.FromEntity(partner);
        History = await audit.ForEntityAsync<Partner>(partner.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        var partner = id is null ? null : await db.Partners.SingleOrDefaultAsync(p => p.Id == id);
        if (id is not null && partner is null)
        {
            return NotFound();
        }
        await ValidateAsync(id);
        if (!ModelState.IsValid)
        {
            History = id is null ? [] : await audit.ForEntityAsync<Partner>(id.Value);
            return Page();
        }

        if (partner is null)
        {
            partner = new Partner { Name = Input.Name! };
            db.Partners.Add(partner);
        }
        else
        {
            db.ExpectVersion(partner, Input.Version);
        }
        Input.ApplyTo(partner);
        if (!await db.TrySaveAsync(ModelState, l))
        {
            Input.Version = partner.Version;
            History = await audit.ForEntityAsync<Partner>(partner.Id);
            return Page();
        }
        TempData["Status"] = l["Common.Saved"].Value;
        return RedirectToPage("Details", new { community = RouteData.Values["community"], id = partner.Id });
    }

    private async Task ValidateAsync(int? id)
    {
        Input.MunicipalityNumber = NorwegianIdentifiers.Normalise(Input.MunicipalityNumber);
        Input.OrganisationNumber = NorwegianIdentifiers.Normalise(Input.OrganisationNumber);
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.MunicipalityNumber)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.OrganisationNumber)}");
        const string municipalityField = $"{nameof(Input)}.{nameof(PartnerInput.MunicipalityNumber)}";
        const string organisationField = $"{nameof(Input)}.{nameof(PartnerInput.OrganisationNumber)}";

        if (Input.Kind == PartnerKind.Municipality && Input.MunicipalityNumber is null)
        {
            ModelState.AddModelError(municipalityField, l["Partner.MunicipalityNumberRequired"]);
        }
        else if (Input.MunicipalityNumber is { } number)
        {
            if (!NorwegianIdentifiers.IsValidMunicipalityNumber(number))
            {
                ModelState.AddModelError(municipalityField, l["Partner.MunicipalityNumberInvalid"]);
            }
            else if (await db.Partners.AnyAsync(p => p.MunicipalityNumber == number && p.Id != id))
            {
                ModelState.AddModelError(municipalityField, l["Partner.MunicipalityNumberTaken", number]);
            }
        }
        if (Input.OrganisationNumber is { } organisationNumber && !NorwegianIdentifiers.IsValidOrganisationNumber(organisationNumber))
        {
            ModelState.AddModelError(organisationField, l["Partner.OrganisationNumberInvalid"]);
        }
    }
}

public sealed class PartnerInput
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
        p.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }
}
