using Helsefellesskap.Web.Features.Deviations;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Deviation reports written straight to the database, for communities whose demo data has none.</summary>
public static class TestDeviations
{
    /// <summary>A sent report between the community's first two partners.</summary>
    public static Task<int> SentReportIdAsync(this AppFactory factory, string slug) =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
            var partners = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == communityId)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            var report = new DeviationReport
            {
                CommunityId = communityId,
                State = DeviationState.Sent,
                ReporterUserId = "test",
                ReporterName = "Testmelder",
                ReportingPartnerId = partners[0],
                ReceivingPartnerId = partners[1],
                WhatHappened = "Epikrise manglet ved utskrivning.",
                CreatedAtUtc = DateTime.UtcNow,
                SentAtUtc = DateTime.UtcNow,
            };
            db.DeviationReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
}
