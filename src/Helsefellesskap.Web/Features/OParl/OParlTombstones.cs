using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// Deleted objects (<see cref="Publishing.PublicTombstone"/>) as OParl writes them: <c>id</c>, <c>type</c>, <c>created</c>
/// (when the record was made), <c>modified</c> (when it went) and <c>deleted: true</c>. One record may stand behind
/// several OParl objects: a deleted meeting is also a deleted Location, a deleted agenda item also a deleted Consultation.
/// </summary>
public sealed record OParlTombstoneKind(string EntityType, string OParlType, Func<OParlUrls, int, string> Url)
{
    public static readonly OParlTombstoneKind Body = new(nameof(Bodies.Body), OParlTypes.Organization, (u, id) => u.Organization(id));
    public static readonly OParlTombstoneKind Partner = new(nameof(Partners.Partner), OParlTypes.Organization, (u, id) => u.Partner(id));
    public static readonly OParlTombstoneKind Person = new(nameof(People.Person), OParlTypes.Person, (u, id) => u.Person(id));
    public static readonly OParlTombstoneKind Membership = new(nameof(Memberships.Membership), OParlTypes.Membership, (u, id) => u.Membership(id));
    public static readonly OParlTombstoneKind Meeting = new(nameof(Meetings.Meeting), OParlTypes.Meeting, (u, id) => u.Meeting(id));
    public static readonly OParlTombstoneKind Location = new(nameof(Meetings.Meeting), OParlTypes.Location, (u, id) => u.Location(id));
    public static readonly OParlTombstoneKind AgendaItem = new(nameof(Meetings.AgendaItem), OParlTypes.AgendaItem, (u, id) => u.AgendaItem(id));
    public static readonly OParlTombstoneKind Consultation = new(nameof(Meetings.AgendaItem), OParlTypes.Consultation, (u, id) => u.Consultation(id));
    public static readonly OParlTombstoneKind Paper = new(nameof(Matter), OParlTypes.Paper, (u, id) => u.Paper(id));
    public static readonly OParlTombstoneKind File = new(nameof(Attachment), OParlTypes.File, (u, id) => u.File(id));

    /// <summary>The deleted objects of one kind that pass the list's filters (created = the record's, modified = when it went).</summary>
    public OParlListPart Part(AppDbContext db, OParlUrls urls, OParlListRequest request)
    {
        var tombstones = db.PublicTombstones.AsNoTracking().Where(t => t.EntityType == EntityType);
        if (request.CreatedSince is { } createdSince)
        {
            tombstones = tombstones.Where(t => t.EntityCreatedAtUtc >= createdSince);
        }
        if (request.CreatedUntil is { } createdUntil)
        {
            tombstones = tombstones.Where(t => t.EntityCreatedAtUtc <= createdUntil);
        }
        if (request.ModifiedSince is { } since)
        {
            tombstones = tombstones.Where(t => t.CreatedAtUtc >= since);
        }
        if (request.ModifiedUntil is { } until)
        {
            tombstones = tombstones.Where(t => t.CreatedAtUtc <= until);
        }
        return new OParlListPart(
            cancellationToken => tombstones.CountAsync(cancellationToken),
            async (skip, take, cancellationToken) => (await tombstones.OrderBy(t => t.Id).Skip(skip).Take(take)
                    .Select(t => new { t.EntityId, t.EntityCreatedAtUtc, t.CreatedAtUtc })
                    .ToListAsync(cancellationToken))
                .Select(t => (object)Tombstone(urls, t.EntityId, t.EntityCreatedAtUtc, t.CreatedAtUtc))
                .ToList());
    }

    /// <summary>The tombstone of one deleted object, or null if it was never deleted.</summary>
    public async Task<OParlTombstone?> FindAsync(AppDbContext db, OParlUrls urls, int id, CancellationToken cancellationToken)
    {
        var tombstone = await db.PublicTombstones.AsNoTracking()
            .Where(t => t.EntityType == EntityType && t.EntityId == id)
            .OrderByDescending(t => t.Id)
            .Select(t => new { t.EntityCreatedAtUtc, t.CreatedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        return tombstone is null ? null : Tombstone(urls, id, tombstone.EntityCreatedAtUtc, tombstone.CreatedAtUtc);
    }

    private OParlTombstone Tombstone(OParlUrls urls, int id, DateTime created, DateTime deleted) =>
        new(Url(urls, id), OParlType, OParlTime.Format(created), OParlTime.Format(deleted));
}
