using System.Globalization;
using System.Text.Json;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Audit;

/// <summary>An audit entry as a person reads it: Norwegian field names, dates and enum texts.</summary>
public sealed record AuditRow(
    long Id,
    string When,
    string Who,
    AuditAction Action,
    string EntityType,
    string EntityId,
    IReadOnlyList<AuditFieldChange> Changes);

public sealed record AuditFieldChange(string Field, string Before, string After);

/// <summary>Reads the current community's audit log and formats it for display.</summary>
public sealed class AuditView(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    /// <summary>The history of one record, newest first.</summary>
    public async Task<IReadOnlyList<AuditRow>> ForEntityAsync<TEntity>(int id, int max = 50)
    {
        var type = typeof(TEntity).Name;
        var key = id.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == type && a.EntityId == key)
            .OrderByDescending(a => a.Id)
            .Take(max)
            .ToListAsync();
        return entries.Select(Format).ToList();
    }

    public AuditRow Format(AuditEntry entry) => new(
        entry.Id,
        OsloTime.FormatDateTime(entry.TimestampUtc),
        entry.UserName ?? "",
        entry.Action,
        entry.EntityType,
        entry.EntityId,
        ParseChanges(entry));

    /// <summary>The localised name of an entity type, e.g. "Medlemskap".</summary>
    public string EntityName(string entityType) => Localised($"Entity.{entityType}", entityType);

    private List<AuditFieldChange> ParseChanges(AuditEntry entry)
    {
        var entityType = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == entry.EntityType);
        var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.Changes) ?? [];
        return changes.Select(change =>
        {
            var clrType = entityType?.FindProperty(change.Key)?.ClrType;
            return new AuditFieldChange(
                Localised($"{entry.EntityType}.{change.Key}", change.Key),
                Value(change.Value, "Before", clrType),
                Value(change.Value, "After", clrType));
        }).ToList();
    }

    private string Value(JsonElement change, string side, Type? clrType)
    {
        if (!change.TryGetProperty(side, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }
        var type = clrType is null ? null : Nullable.GetUnderlyingType(clrType) ?? clrType;
        return value.ValueKind switch
        {
            JsonValueKind.True => l["Common.Yes"],
            JsonValueKind.False => l["Common.No"],
            JsonValueKind.String when type?.IsEnum == true => Localised($"{type.Name}.{value.GetString()}", value.GetString()!),
            JsonValueKind.String when type == typeof(DateOnly) && DateOnly.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var date) => OsloTime.Format(date),
            JsonValueKind.String => value.GetString()!,
            _ => value.GetRawText(),
        };
    }

    private string Localised(string key, string fallback)
    {
        var text = l[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
