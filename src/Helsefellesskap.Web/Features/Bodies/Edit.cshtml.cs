using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Bodies;

/// <summary>Creates a body (no id) or edits one; refuses a reporting line that closes a loop.</summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l)
    : EditPageModel<Body, BodyInput>(db, audit, l)
{
    public IReadOnlyList<SelectListItem> ParentOptions { get; private set; } = [];

    protected override Body NewEntity() => new() { Name = Input.Name!, ShortName = Input.ShortName! };

    protected override async Task ValidateAsync()
    {
        if (Input.ActiveFrom is { } from && Input.ActiveTo is { } to && to < from)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(BodyInput.ActiveTo)}", L["Validation.EndBeforeStart"]);
        }
        if (Input.ParentBodyId is { } parentId)
        {
            const string parentField = $"{nameof(Input)}.{nameof(BodyInput.ParentBodyId)}";
            var parentOf = await Db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.ParentBodyId);
            if (!parentOf.ContainsKey(parentId))
            {
                ModelState.AddModelError(parentField, L["Validation.ValueIsInvalid", parentId]);
            }
            else if (BodyHierarchy.WouldCreateCycle(Id, parentId, parentOf))
            {
                ModelState.AddModelError(parentField, Id == parentId ? L["Body.ReportsToItself"] : L["Body.ReportingLoop"]);
            }
        }
    }

    protected override async Task LoadOptionsAsync() =>
        ParentOptions = await Db.Bodies.AsNoTracking()
            .Where(b => b.Id != Id)
            .OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name + " (" + b.ShortName + ")", b.Id.ToString()))
            .ToListAsync();
}

public sealed class BodyInput : IEntityInput<Body, BodyInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Body.Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Body.ShortName")]
    public string? ShortName { get; set; }

    [Display(Name = "Body.Type")]
    public BodyType Type { get; set; }

    [Display(Name = "Body.ParentBodyId")]
    public int? ParentBodyId { get; set; }

    [Display(Name = "Body.ActiveFrom")]
    public DateOnly? ActiveFrom { get; set; }

    [Display(Name = "Body.ActiveTo")]
    public DateOnly? ActiveTo { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Body.MeetingRhythm")]
    public string? MeetingRhythm { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Body.Description")]
    public string? Description { get; set; }

    public int Version { get; set; }

    public static BodyInput FromEntity(Body b) => new()
    {
        Name = b.Name,
        ShortName = b.ShortName,
        Type = b.Type,
        ParentBodyId = b.ParentBodyId,
        ActiveFrom = b.ActiveFrom,
        ActiveTo = b.ActiveTo,
        MeetingRhythm = b.MeetingRhythm,
        Description = b.Description,
        Version = b.Version,
    };

    public void ApplyTo(Body b)
    {
        b.Name = Name!.Trim();
        b.ShortName = ShortName!.Trim();
        b.Type = Type;
        b.ParentBodyId = ParentBodyId;
        b.ActiveFrom = ActiveFrom;
        b.ActiveTo = ActiveTo;
        b.MeetingRhythm = MeetingRhythm.TrimToNull();
        b.Description = Description.TrimToNull();
    }
}
