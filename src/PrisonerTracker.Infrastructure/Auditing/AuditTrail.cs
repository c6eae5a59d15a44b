using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Infrastructure.Protection;

namespace PrisonerTracker.Infrastructure.Auditing;

/// <summary>
/// Turns the change tracker's pending changes into audit entries, one per record, before they
/// are saved (the before values are still known then). Restricted fields are named but masked.
/// </summary>
public static class AuditTrail
{
    public const string Masked = "(restricted)";

    // Bookkeeping the database or the context sets; recording it would only add noise.
    private static readonly HashSet<string> Skipped = [nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt), nameof(Entity.Version),
        nameof(ApiKey.LastUsedAt), "SearchText", ProtectedColumns.NationalIdIndex];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static List<AuditEntry> Collect(ChangeTracker changes, AuditActor actor, DateTimeOffset now)
    {
        var records = new Dictionary<(string Type, Guid Id), AuditRecord>();
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is Entity or ApiKey)
            {
                var id = (Guid)entry.Property("Id").CurrentValue!;
                var record = Record(records, RecordType(entry.Entity.GetType()), id);
                record.State = entry.State;
                Scalars(entry, "", record, masked: false);
            }
            else if (entry.Metadata.FindOwnership() is { } ownership && Audited(ownership.PrincipalEntityType.ClrType))
            {
                var ownerId = (Guid)entry.Property(ownership.Properties[0].Name).CurrentValue!;
                var record = Record(records, RecordType(ownership.PrincipalEntityType.ClrType), ownerId);
                var prefix = JsonNamingPolicy.CamelCase.ConvertName(ownership.PrincipalToDependent?.Name ?? entry.Metadata.ClrType.Name) + ".";
                Scalars(entry, prefix, record, masked: entry.Entity is RestrictedDetails);
            }
        }
        return [.. records.Values.Where(r => r.Fields.Count > 0 || r.State is EntityState.Added or EntityState.Deleted)
            .Select(r => new AuditEntry(actor, now, r.Action(), r.Type, r.Id, JsonSerializer.Serialize(r.Fields, Json)))];
    }

    /// <summary>
    /// Records and keys. Identity's own rows (a passkey's JSON data is owned by a passkey keyed on its credential
    /// id) are not records: their changes reach the log as account events, written by the web layer.
    /// </summary>
    private static bool Audited(Type owner) => typeof(Entity).IsAssignableFrom(owner) || owner == typeof(ApiKey);

    /// <summary>The record type as the API names it ("detainee", "event", "api-key", …).</summary>
    public static string RecordType(Type type) => type == typeof(ApiKey) ? "api-key" : DeletionTracking.RecordType(type);

    private static AuditRecord Record(Dictionary<(string, Guid), AuditRecord> records, string type, Guid id)
    {
        if (!records.TryGetValue((type, id), out var record)) records[(type, id)] = record = new AuditRecord(type, id);
        return record;
    }

    private static void Scalars(EntityEntry entry, string prefix, AuditRecord record, bool masked)
    {
        var values = entry.Properties.Where(p => !p.Metadata.IsKey() && !Skipped.Contains(p.Metadata.Name))
            .Select(p => (p.Metadata.Name, Before: entry.State == EntityState.Added ? null : p.OriginalValue,
                After: entry.State == EntityState.Deleted ? null : p.CurrentValue, Sensitive: p.Metadata.Name == nameof(ApiKey.SecretHash)))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (Name: $"{c.Metadata.Name}.{p.Metadata.Name}",
                Before: entry.State == EntityState.Added ? null : p.OriginalValue,
                After: entry.State == EntityState.Deleted ? null : p.CurrentValue, Sensitive: false))));
        foreach (var (name, before, after, sensitive) in values)
        {
            var key = prefix + JsonNamingPolicy.CamelCase.ConvertName(name);
            var change = record.Fields.GetValueOrDefault(key) ?? new FieldChange(null, null);
            change = new FieldChange(before ?? change.Before, after ?? change.After);
            if (Equals(JsonSerializer.Serialize(change.Before, Json), JsonSerializer.Serialize(change.After, Json))) { record.Fields.Remove(key); continue; }
            record.Fields[key] = masked || sensitive
                ? new FieldChange(change.Before is null ? null : Masked, change.After is null ? null : Masked)
                : change;
        }
    }
}
