using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Infrastructure.Auditing;

/// <summary>One field's value before and after the change; null on the side where it had none.</summary>
public sealed record FieldChange(object? Before, object? After);

/// <summary>The changes to one record (with its owned parts) gathered from the change tracker.</summary>
internal sealed class AuditRecord(string type, Guid id)
{
    public string Type { get; } = type;
    public Guid Id { get; } = id;
    public EntityState State { get; set; } = EntityState.Modified;
    public SortedDictionary<string, FieldChange> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>What the change was, in the words staff use: a soft delete is a delete, a decision on a pending fact a review.</summary>
    public string Action()
    {
        if (State == EntityState.Added) return "create";
        if (State == EntityState.Deleted) return "delete";
        if (Fields.TryGetValue("deletedAt", out var deleted) && deleted.Before is null && deleted.After is not null) return "delete";
        if (Fields.ContainsKey("revokedAt")) return "revoke";
        if (Fields.ContainsKey("reviewState")) return "review";
        if (Fields.TryGetValue("pendingPublication.requestedBy", out var pending) && pending.After is null) return "review";
        return "update";
    }
}
