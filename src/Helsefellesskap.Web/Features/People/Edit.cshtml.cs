using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.People;

/// <summary>Creates a person (no id) or edits one.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l)
    : EditPageModel<Person, PersonInput>(db, audit, l)
{
    protected override Person NewEntity() => new() { Name = Input.Name! };
}

public sealed class PersonInput : IEntityInput<Person, PersonInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Person.Name")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Person.Title")]
    public string? Title { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Person.Employer")]
    public string? Employer { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Person.Email")]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Validation.Phone")]
    [StringLength(40, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Person.Phone")]
    public string? Phone { get; set; }

    public int Version { get; set; }

    public static PersonInput FromEntity(Person p) => new()
    {
        Name = p.Name,
        Title = p.Title,
        Employer = p.Employer,
        Email = p.Email,
        Phone = p.Phone,
        Version = p.Version,
    };

    public void ApplyTo(Person p)
    {
        p.Name = Name!.Trim();
        p.Title = Title.TrimToNull();
        p.Employer = Employer.TrimToNull();
        p.Email = Email.TrimToNull();
        p.Phone = Phone.TrimToNull();
    }

}
