using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations.Categories;

/// <summary>
/// Creates, edits, retires or deletes a taxonomy entry. Two levels only: a sub-category's parent is a top-level
/// category. Codes are unique in the community. An entry a report uses is retired, not deleted.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l)
    : EditPageModel<DeviationCategory, CategoryInput>(db, audit, l)
{
    public IReadOnlyList<SelectListItem> ParentOptions { get; private set; } = [];

    /// <summary>A new entry goes last unless given another place.</summary>
    private int nextSortOrder;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        nextSortOrder = (await Db.DeviationCategories.MaxAsync(c => (int?)c.SortOrder) ?? -1) + 1;
        await next();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var category = await Db.DeviationCategories.SingleOrDefaultAsync(c => c.Id == id);
        if (category is null)
        {
            return NotFound();
        }
        var refusal = await DeviationTaxonomy.IsUsedAsync(Db, id) ? "Categories.CannotDeleteUsed"
            : await Db.DeviationCategories.AnyAsync(c => c.ParentId == id) ? "Categories.CannotDeleteWithSubcategories"
            : null;
        if (refusal is not null)
        {
            TempData["Status"] = L[refusal].Value;
            return RedirectToPage(new { community = RouteData.Values["community"], id });
        }
        Db.DeviationCategories.Remove(category);
        await Db.SaveChangesAsync();
        TempData["Status"] = L["Categories.Deleted", category.Label].Value;
        return RedirectToPage("Index", new { community = RouteData.Values["community"] });
    }

    protected override DeviationCategory NewEntity() => new() { Code = Input.Code!, Name = Input.Name! };

    protected override void InitialiseNew() => Input = new CategoryInput { SortOrder = nextSortOrder };

    protected override IActionResult AfterSave(DeviationCategory category) =>
        RedirectToPage("Index", new { community = RouteData.Values["community"] });

    protected override async Task ValidateAsync()
    {
        var all = await Db.DeviationCategories.AsNoTracking().Select(c => new { c.Id, c.Code, c.ParentId }).ToListAsync();
        if (Input.Code?.Trim() is { Length: > 0 } code && all.Any(c => c.Id != Id && string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(Field(nameof(CategoryInput.Code)), L["Categories.CodeTaken", code]);
        }
        if (Input.ParentId is { } parentId)
        {
            var parent = all.SingleOrDefault(c => c.Id == parentId);
            var field = Field(nameof(CategoryInput.ParentId));
            if (parent is null)
            {
                ModelState.AddModelError(field, L["Validation.ValueIsInvalid", parentId]);
            }
            else if (parent.Id == Id)
            {
                ModelState.AddModelError(field, L["Categories.ParentIsItself"]);
            }
            else if (parent.ParentId is not null)
            {
                ModelState.AddModelError(field, L["Categories.ParentNotTopLevel"]);
            }
            else if (Id is { } id && all.Any(c => c.ParentId == id))
            {
                ModelState.AddModelError(field, L["Categories.HasSubcategories"]);
            }
        }
    }

    protected override async Task LoadOptionsAsync() =>
        ParentOptions = (await Db.DeviationCategories.AsNoTracking()
                .Where(c => c.ParentId == null && c.Id != Id)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
                .Select(c => new { c.Id, c.Code, c.Name, c.IsRetired })
                .ToListAsync())
            .Select(c => new SelectListItem(c.IsRetired ? $"{c.Code} {c.Name} ({L["DeviationCategory.IsRetired"]})" : $"{c.Code} {c.Name}", c.Id.ToString()))
            .ToList();

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

public sealed class CategoryInput : IEntityInput<DeviationCategory, CategoryInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(10, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "DeviationCategory.Code")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "DeviationCategory.Name")]
    public string? Name { get; set; }

    [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "DeviationCategory.Description")]
    public string? Description { get; set; }

    [Display(Name = "DeviationCategory.Parent")]
    public int? ParentId { get; set; }

    [Display(Name = "DeviationCategory.SortOrder")]
    public int SortOrder { get; set; }

    [Display(Name = "DeviationCategory.IsRetired")]
    public bool IsRetired { get; set; }

    public int Version { get; set; }

    public static CategoryInput FromEntity(DeviationCategory c) => new()
    {
        Code = c.Code,
        Name = c.Name,
        Description = c.Description,
        ParentId = c.ParentId,
        SortOrder = c.SortOrder,
        IsRetired = c.IsRetired,
        Version = c.Version,
    };

    public void ApplyTo(DeviationCategory c)
    {
        c.Code = Code!.Trim();
        c.Name = Name!.Trim();
        c.Description = Description.TrimToNull();
        c.ParentId = ParentId;
        c.SortOrder = SortOrder;
        c.IsRetired = IsRetired;
    }
}
