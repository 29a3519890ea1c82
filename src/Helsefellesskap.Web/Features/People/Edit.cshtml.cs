using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.People;

/// <summary>Creates a person (no id) or edits one.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (person is null)
        {
            return NotFound();
        }
        Input = PersonInput.FromEntity(person);
        History = await audit.ForEntityAsync<Person>(person.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        var person = id is null ? null : await db.People.SingleOrDefaultAsync(p => p.Id == id);
        if (id is not null && person is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            if (person is null)
            {
                person = new Person { Name = Input.Name! };
                db.People.Add(person);
            }
            else
            {
                db.ExpectVersion(person, Input.Version);
            }
            Input.ApplyTo(person);
            if (await db.TrySaveAsync(ModelState, l))
            {
                TempData["Status"] = l["Common.Saved"].Value;
                return RedirectToPage("Details", new { community = RouteData.Values["community"], id = person.Id });
            }
            Input.Version = person.Version;
        }
        History = Id is { } existing ? await audit.ForEntityAsync<Person>(existing) : [];
        return Page();
    }
}

public sealed class PersonInput
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
        p.Title = Clean(Title);
        p.Employer = Clean(Employer);
        p.Email = Clean(Email);
        p.Phone = Clean(Phone);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
