using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Infrastructure.Web;

/// <summary>The form's fields for one kind of record, copied to and from the record.</summary>
public interface IEntityInput<TEntity, TSelf> where TSelf : IEntityInput<TEntity, TSelf>
{
    /// <summary>The record version the form was opened on (optimistic concurrency).</summary>
    int Version { get; set; }

    static abstract TSelf FromEntity(TEntity entity);

    void ApplyTo(TEntity entity);
}

/// <summary>
/// The create-or-edit page of a tenant record: without an id it creates, with one it edits. On bad input,
/// or when someone else saved first, the page comes back with the user's input and Norwegian messages.
/// </summary>
public abstract class EditPageModel<TEntity, TInput>(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l) : PageModel
    where TEntity : TenantEntity
    where TInput : class, IEntityInput<TEntity, TInput>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    protected AppDbContext Db => db;

    protected IStringLocalizer<SharedResource> L => l;

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is not null)
        {
            var entity = await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
            if (entity is null)
            {
                return NotFound();
            }
            Input = TInput.FromEntity(entity);
        }
        else
        {
            InitialiseNew();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        var entity = id is null ? null : await db.Set<TEntity>().SingleOrDefaultAsync(e => e.Id == id);
        if (id is not null && entity is null)
        {
            return NotFound();
        }
        await ValidateAsync();
        if (ModelState.IsValid)
        {
            if (entity is null)
            {
                entity = NewEntity();
                db.Set<TEntity>().Add(entity);
            }
            else
            {
                db.ExpectVersion(entity, Input.Version);
            }
            BeforeApply(entity);
            Input.ApplyTo(entity);
            if (await db.TrySaveAsync(ModelState, l))
            {
                await OnSavedAsync(entity);
                TempData["Status"] = l["Common.Saved"].Value;
                return AfterSave(entity);
            }
            Input.Version = entity.Version;
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>A new record; <see cref="IEntityInput{TEntity,TSelf}.ApplyTo"/> fills it in.</summary>
    protected abstract TEntity NewEntity();

    /// <summary>Defaults for the empty form.</summary>
    protected virtual void InitialiseNew()
    {
    }

    /// <summary>Rules beyond the attributes on the input; add errors to <see cref="PageModel.ModelState"/>.</summary>
    protected virtual Task ValidateAsync() => Task.CompletedTask;

    /// <summary>Sees the record as it was before the form's values are applied (new records: empty).</summary>
    protected virtual void BeforeApply(TEntity entity)
    {
    }

    /// <summary>Work that follows a successful save, such as telling people about the change.</summary>
    protected virtual Task OnSavedAsync(TEntity entity) => Task.CompletedTask;

    /// <summary>Choices the form offers (select lists).</summary>
    protected virtual Task LoadOptionsAsync() => Task.CompletedTask;

    protected virtual IActionResult AfterSave(TEntity entity) =>
        RedirectToPage("Details", new { community = RouteData.Values["community"], id = entity.Id });

    private async Task LoadAsync()
    {
        await LoadOptionsAsync();
        History = Id is { } id ? await audit.ForEntityAsync<TEntity>(id) : [];
    }
}
