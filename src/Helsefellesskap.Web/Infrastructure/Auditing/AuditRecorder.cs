using System.Text.Json;
using System.Text.Json.Serialization;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Helsefellesskap.Web.Infrastructure.Auditing;

/// <summary>
/// Turns the change tracker's pending changes into <see cref="AuditEntry"/> rows. Captured before the
/// save (to see original values) and completed after it (to see generated keys).
/// </summary>
internal sealed class AuditRecorder
{
    /// <summary>Secrets whose values never go into the log; only the fact that they changed.</summary>
    private static readonly HashSet<string> MaskedProperties =
    [
        nameof(IdentityUser.PasswordHash),
        nameof(IdentityUser.SecurityStamp),
        nameof(IdentityUser.ConcurrencyStamp),
        nameof(Features.Meetings.MeetingParticipant.ResponseToken),
        nameof(Auth.ApiKey.Hash),
    ];

    /// <summary>Bookkeeping, and derived bulk text (an attachment's extracted text) that would only bloat the log.</summary>
    private static readonly HashSet<string> SkippedProperties =
    [
        nameof(TenantEntity.Version),
        nameof(TenantEntity.CommunityId),
        nameof(Features.Meetings.Attachment.ExtractedText),
    ];

    private const string Masked = "***";

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly List<Pending> pending;

    private AuditRecorder(List<Pending> pending) => this.pending = pending;

    public bool HasChanges => pending.Count > 0;

    public static AuditRecorder Capture(ChangeTracker tracker) =>
        new(tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e))
            .Select(e => new Pending(e, ToAction(e.State), CaptureChanges(e)))
            .Where(p => p.Changes.Count > 0)
            .ToList());

    public IEnumerable<AuditEntry> Complete(ICurrentActor actor, DateTime nowUtc) =>
        pending.Select(p => new AuditEntry
        {
            CommunityId = p.Entry.Entity is TenantEntity tenant ? tenant.CommunityId : null,
            TimestampUtc = nowUtc,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = p.Action,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityId = KeyOf(p.Entry),
            Changes = JsonSerializer.Serialize(p.Action == AuditAction.Created ? AfterSave(p) : p.Changes, JsonOptions),
        });

    private static bool IsAudited(EntityEntry entry) => entry.Entity switch
    {
        AuditEntry or DataProtectionKey or IdentityUserToken<string> or IdentityUserLogin<string> => false,
        _ => true,
    };

    private static AuditAction ToAction(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Updated,
    };

    private static Dictionary<string, ValueChange> CaptureChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, ValueChange>();
        foreach (var property in entry.Properties.Where(p => !SkippedProperties.Contains(p.Metadata.Name)))
        {
            var name = property.Metadata.Name;
            var masked = MaskedProperties.Contains(name);
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changes[name] = new(null, masked ? Masked : property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    changes[name] = new(masked ? Masked : property.OriginalValue, null);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = masked ? new(Masked, Masked) : new(property.OriginalValue, property.CurrentValue);
                    break;
            }
        }
        return changes;
    }

    /// <summary>Generated values (the key above all) are known only once the row is saved.</summary>
    private static Dictionary<string, ValueChange> AfterSave(Pending pending) =>
        pending.Entry.Properties
            .Where(p => !SkippedProperties.Contains(p.Metadata.Name) && p.CurrentValue is not null)
            .ToDictionary(
                p => p.Metadata.Name,
                p => new ValueChange(null, MaskedProperties.Contains(p.Metadata.Name) ? Masked : p.CurrentValue));

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private sealed record Pending(EntityEntry Entry, AuditAction Action, Dictionary<string, ValueChange> Changes);
}

/// <summary>A property's value before and after a change, as stored in <see cref="AuditEntry.Changes"/>.</summary>
public sealed record ValueChange(object? Before, object? After);
