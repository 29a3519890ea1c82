using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Reviews;

/// <summary>The edit page of a record that belongs to one agreement (a review, an evaluation): 404 for an agreement not found, back to the agreement when saved.</summary>
public abstract class AgreementRecordPage<TEntity, TInput>(AppDbContext db, AuditView audit, IStringLocalizer<SharedResource> l)
    : EditPageModel<TEntity, TInput>(db, audit, l)
    where TEntity : TenantEntity
    where TInput : class, IEntityInput<TEntity, TInput>, new()
{
    [BindProperty(SupportsGet = true)]
    public int AgreementId { get; set; }

    public string AgreementTitle { get; private set; } = "";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var title = await Db.Agreements.Where(a => a.Id == AgreementId).Select(a => a.Title).SingleOrDefaultAsync();
        if (title is null || !await BelongsToAgreementAsync())
        {
            context.Result = NotFound();
            return;
        }
        AgreementTitle = title;
        await next();
    }

    /// <summary>Whether the record named in the route (if any) is the agreement's.</summary>
    protected virtual Task<bool> BelongsToAgreementAsync() => Task.FromResult(true);

    protected override IActionResult AfterSave(TEntity entity) =>
        LocalRedirect($"/{RouteData.Values["community"]}/avtaler/{AgreementId}");
}
