using System.Security.Cryptography;
using System.Text;
using Helsefellesskap.Web.Features.Search;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Helsefellesskap.Web.Features.Publishing;

/// <summary>
/// The one publishing mechanism: after any save that touches <see cref="IPublicContent"/>, it asks the sources
/// what the touched scopes now hold, and brings the search index and the publication register in line, in the same
/// transaction. It also keeps tombstones of deleted public records and moves the community's <see cref="PublicStamp"/>.
/// </summary>
public sealed class PublicContentSync(IEnumerable<IPublicContentSource> sources, PublicStamps stamps, TimeProvider clock)
    : ISaveChangesParticipant
{
    public ISaveChangesFollowUp? Prepare(AppDbContext db)
    {
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IPublicContent && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new PublicChange(e.Entity, e.State, e.State == EntityState.Added ? null : e.OriginalValues.Clone()))
            .ToList();
        return changes.Count == 0 ? null : new FollowUp(this, db, changes);
    }

    /// <summary>
    /// Rebuilds scopes whose public content changed with the date rather than through a save (a version whose
    /// in-force date has come), in one transaction, and moves the community's stamp.
    /// </summary>
    public async Task RefreshAsync(AppDbContext db, int communityId, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var scope in scopes)
        {
            await RefreshScopeAsync(db, communityId, scope, cancellationToken);
        }
        await stamps.MoveAsync(db, communityId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        stamps.Forget(communityId);
    }

    private async Task RefreshScopeAsync(AppDbContext db, int communityId, string scope, CancellationToken cancellationToken)
    {
        var source = sources.Single(s => s.Owns(scope));
        var content = await source.BuildAsync(db, communityId, scope, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var stemForSqlite = db.Database.IsSqlite();

        var existingDocuments = await db.SearchDocuments.IgnoreQueryFilters()
            .Where(d => d.CommunityId == communityId && d.Scope == scope).ToListAsync(cancellationToken);
        var documents = existingDocuments.ToDictionary(d => (d.Kind, d.SourceId));
        foreach (var built in content.SearchDocuments)
        {
            built.Text = built.Text.Length > SearchDocument.MaxTextLength ? built.Text[..SearchDocument.MaxTextLength] : built.Text;
            if (stemForSqlite)
            {
                built.TitleTerms = NorwegianText.TermString(built.Title);
                built.Terms = NorwegianText.TermString(built.Text);
            }
            if (documents.Remove((built.Kind, built.SourceId), out var existing))
            {
                CopySearchDocument(built, existing, now);
            }
            else
            {
                built.CommunityId = communityId;
                built.Scope = scope;
                built.CreatedAtUtc = built.ModifiedAtUtc = now;
                db.SearchDocuments.Add(built);
            }
        }
        db.SearchDocuments.RemoveRange(documents.Values);

        var existingPublications = await db.Publications.IgnoreQueryFilters()
            .Where(p => p.CommunityId == communityId && p.Scope == scope).ToListAsync(cancellationToken);
        var publications = existingPublications.ToDictionary(p => (p.Kind, p.SourceId));
        foreach (var built in content.Publications)
        {
            built.ContentHash = Hash(built);
            if (publications.Remove((built.Kind, built.SourceId), out var existing))
            {
                if (existing.ContentHash != built.ContentHash)
                {
                    (existing.Title, existing.Date, existing.BodyId, existing.MeetingId, existing.ContentHash) =
                        (built.Title, built.Date, built.BodyId, built.MeetingId, built.ContentHash);
                    existing.ModifiedAtUtc = now;
                }
            }
            else
            {
                built.CommunityId = communityId;
                built.Scope = scope;
                built.CreatedAtUtc = built.ModifiedAtUtc = now;
                // A source may date the publication itself: an agreement became public the day it came into force.
                built.PublishedAtUtc = built.PublishedAtUtc == default ? now : built.PublishedAtUtc;
                db.Publications.Add(built);
                if (TombstoneType(built.Kind) is { } type)
                {
                    await db.PublicTombstones.IgnoreQueryFilters()
                        .Where(t => t.CommunityId == communityId && t.EntityType == type && t.EntityId == built.SourceId)
                        .ExecuteDeleteAsync(cancellationToken);
                }
            }
        }
        foreach (var withdrawn in publications.Values)
        {
            db.Publications.Remove(withdrawn);
            if (TombstoneType(withdrawn.Kind) is { } type)
            {
                db.PublicTombstones.Add(new PublicTombstone
                {
                    CommunityId = communityId,
                    EntityType = type,
                    EntityId = withdrawn.SourceId,
                    EntityCreatedAtUtc = withdrawn.PublishedAtUtc,
                    CreatedAtUtc = now,
                    ModifiedAtUtc = now,
                });
            }
        }
    }

    /// <summary>A withdrawn document that open-data clients list as an object of its own (an attachment is an OParl File).</summary>
    private static string? TombstoneType(PublicationKind kind) => kind == PublicationKind.Attachment ? nameof(Meetings.Attachment) : null;

    private static void CopySearchDocument(SearchDocument from, SearchDocument to, DateTime now)
    {
        if ((to.Title, to.Text, to.IsPublic, to.MeetingId, to.AgendaItemId, to.BodyId, to.Date, to.CaseNumber, to.TitleTerms, to.Terms)
            == (from.Title, from.Text, from.IsPublic, from.MeetingId, from.AgendaItemId, from.BodyId, from.Date, from.CaseNumber, from.TitleTerms, from.Terms))
        {
            return;
        }
        (to.Title, to.Text, to.IsPublic, to.MeetingId, to.AgendaItemId, to.BodyId, to.Date, to.Year, to.CaseNumber, to.TitleTerms, to.Terms) =
            (from.Title, from.Text, from.IsPublic, from.MeetingId, from.AgendaItemId, from.BodyId, from.Date, from.Year, from.CaseNumber, from.TitleTerms, from.Terms);
        to.ModifiedAtUtc = now;
    }

    private static string Hash(Publication publication) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{publication.Title}\n{publication.Date}\n{publication.BodyId}\n{publication.MeetingId}\n{publication.ContentHash}")));

    private sealed record PublicChange(object Entity, EntityState State, PropertyValues? Original);

    private async Task AfterSaveAsync(AppDbContext db, IReadOnlyList<PublicChange> changes, ISet<int> communities, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var scopesByCommunity = new Dictionary<int, HashSet<string>>();
        foreach (var change in changes)
        {
            var communityId = change.Entity switch
            {
                TenantEntity entity => entity.CommunityId,
                Community community => community.Id,
                _ => throw new InvalidOperationException($"{change.Entity.GetType().Name} is public content without a community."),
            };
            communities.Add(communityId);
            if (!scopesByCommunity.TryGetValue(communityId, out var scopes))
            {
                scopesByCommunity[communityId] = scopes = [];
            }
            var entry = db.Entry(change.Entity);
            foreach (var source in sources)
            {
                await source.CollectScopesAsync(db, entry, change.Original, scopes, cancellationToken);
            }
            if (change.State == EntityState.Deleted && change.Entity is TenantEntity deleted)
            {
                db.PublicTombstones.Add(new PublicTombstone
                {
                    CommunityId = communityId,
                    EntityType = deleted.GetType().Name,
                    EntityId = deleted.Id,
                    EntityCreatedAtUtc = deleted.CreatedAtUtc,
                    CreatedAtUtc = now,
                    ModifiedAtUtc = now,
                });
            }
        }
        foreach (var (communityId, scopes) in scopesByCommunity)
        {
            foreach (var scope in scopes)
            {
                await RefreshScopeAsync(db, communityId, scope, cancellationToken);
            }
            await stamps.MoveAsync(db, communityId, now, cancellationToken);
        }
    }

    private void ForgetStamps(IEnumerable<int> communities)
    {
        foreach (var communityId in communities)
        {
            stamps.Forget(communityId);
        }
    }

    private sealed class FollowUp(PublicContentSync sync, AppDbContext db, IReadOnlyList<PublicChange> changes) : ISaveChangesFollowUp
    {
        private readonly HashSet<int> communities = [];

        public Task AfterSaveAsync(CancellationToken cancellationToken) => sync.AfterSaveAsync(db, changes, communities, cancellationToken);

        public void AfterCommit() => sync.ForgetStamps(communities);
    }
}
