using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Units;

/// <summary>Who maintains units, and when a unit is in use (and so is closed rather than deleted).</summary>
public static class UnitRules
{
    /// <summary>The secretariat maintains every partner's units; a quality contact those of her own partner.</summary>
    public static bool MaintainsUnitsOf(this DeviationScope scope, int partnerId) =>
        scope.IsSecretariat || scope.IsQualityContactOf(partnerId);

    public static bool MaintainsAnyUnits(this DeviationScope scope) =>
        scope.IsSecretariat || scope.QualityPartnerIds.Count > 0;

    /// <summary>A report (reporting or receiving), a person's work place, a deviation role or a sub-unit points at the unit.</summary>
    public static async Task<bool> IsInUseAsync(AppDbContext db, int unitId) =>
        await db.DeviationReports.AnyAsync(r => r.ReportingUnitId == unitId || r.ReceivingUnitId == unitId) ||
        await db.People.AnyAsync(p => p.WorkUnitId == unitId) ||
        await db.DeviationRoles.AnyAsync(r => r.UnitId == unitId) ||
        await db.ServiceUnits.AnyAsync(u => u.ParentId == unitId);
}
