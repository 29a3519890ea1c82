using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.People;

/// <summary>Creates a person (no id) or edits one, with the unit she works in (an active one, or the one she has).</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : EditPageModel<Person, PersonInput>(db, audit, l)
{
    public IReadOnlyList<SelectListItem> WorkUnitOptions { get; private set; } = [];

    protected override Person NewEntity() => new() { Name = Input.Name! };

    protected override async Task ValidateAsync()
    {
        if (Input.WorkUnitId is not { } unitId)
        {
            return;
        }
        const string field = $"{nameof(Input)}.{nameof(PersonInput.WorkUnitId)}";
        var unit = await Db.ServiceUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId);
        if (unit is null)
        {
            ModelState.AddModelError(field, L["Validation.ValueIsInvalid", unitId]);
        }
        else if (!unit.IsActiveOn(OsloTime.Today(clock)) && unitId != await StoredWorkUnitIdAsync())
        {
            ModelState.AddModelError(field, L["People.WorkUnitClosed"]);
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        var today = OsloTime.Today(clock);
        var kept = await StoredWorkUnitIdAsync();
        WorkUnitOptions = (await UnitTree.LoadAsync(Db)).Options(u => u.IsActiveOn(today) || u.Id == kept, today, L["Units.Closed"]);
    }

    /// <summary>A person keeps a unit that has closed since it was chosen; only a new choice must be active.</summary>
    private async Task<int?> StoredWorkUnitIdAsync() =>
        Id is { } id ? await Db.People.Where(p => p.Id == id).Select(p => p.WorkUnitId).SingleOrDefaultAsync() : null;
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

    [Display(Name = "Person.WorkUnit")]
    public int? WorkUnitId { get; set; }

    public int Version { get; set; }

    public static PersonInput FromEntity(Person p) => new()
    {
        Name = p.Name,
        Title = p.Title,
        Employer = p.Employer,
        Email = p.Email,
        Phone = p.Phone,
        WorkUnitId = p.WorkUnitId,
        Version = p.Version,
    };

    public void ApplyTo(Person p)
    {
        p.Name = Name!.Trim();
        p.Title = Title.TrimToNull();
        p.Employer = Employer.TrimToNull();
        p.Email = Email.TrimToNull();
        p.Phone = Phone.TrimToNull();
        p.WorkUnitId = WorkUnitId;
    }

}
