using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>A report with everything its case shows: partners, units, categories and the history in order.</summary>
public static class DeviationCases
{
    public static IQueryable<DeviationReport> WithCase(this IQueryable<DeviationReport> reports) =>
        reports.AsSplitQuery()
            .Include(r => r.ReportingPartner)
            .Include(r => r.ReportingUnit)
            .Include(r => r.ReceivingPartner)
            .Include(r => r.ReceivingUnit)
            .Include(r => r.Category)
            .Include(r => r.Subcategory)
            .Include(r => r.Entries.OrderBy(e => e.AtUtc).ThenBy(e => e.Id));
}
