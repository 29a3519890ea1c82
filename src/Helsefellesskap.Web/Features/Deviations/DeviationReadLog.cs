using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>Every read of a report in full is traced in the audit log: who, when, which report; no values.</summary>
public sealed class DeviationReadLog(AppDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task LogAsync(DeviationReport report)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            Action = AuditAction.Read,
            EntityType = nameof(DeviationReport),
            EntityId = report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CommunityId = report.CommunityId,
            UserId = actor.UserId,
            UserName = actor.UserName,
            TimestampUtc = clock.GetUtcNow().UtcDateTime,
            Changes = "{}",
        });
        await db.SaveChangesAsync();
    }
}
