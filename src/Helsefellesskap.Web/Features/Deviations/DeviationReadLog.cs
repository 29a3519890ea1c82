using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// Records that the signed-in user read a report in full (the case page, an export, the API): an audit entry
/// with the action Read and no values, so the log shows who saw which case without repeating its content.
/// </summary>
public sealed class DeviationReadLog(AppDbContext db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Saves the read record at once; call it with no other pending changes on the context.</summary>
    public async Task LogAsync(DeviationReport report, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            CommunityId = report.CommunityId,
            TimestampUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = AuditAction.Read,
            EntityType = nameof(DeviationReport),
            EntityId = report.Id.ToString(CultureInfo.InvariantCulture),
            Changes = "{}",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
