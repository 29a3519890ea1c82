using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Infrastructure.Web;

public static class SaveExtensions
{
    /// <summary>
    /// Saves, or — when someone else saved the same record since the form was opened — reports the
    /// conflict in Norwegian, reloads the record's current values (and version) and returns false.
    /// The caller keeps the user's input, so nothing typed is lost and nothing is overwritten unseen.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this AppDbContext db, ModelStateDictionary modelState, IStringLocalizer<SharedResource> l)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            foreach (var entry in conflict.Entries)
            {
                await entry.ReloadAsync();
            }
            modelState.Remove("Input.Version");
            modelState.AddModelError(string.Empty, l["Validation.ConcurrencyConflict"]);
            return false;
        }
    }

    /// <summary>The version the user's form was based on; the save fails if the row has moved on.</summary>
    public static void ExpectVersion<TEntity>(this AppDbContext db, TEntity entity, int version) where TEntity : TenantEntity =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
