using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Infrastructure;

/// <summary>
/// Writes the deletions feed in the same transaction as the change itself: a soft delete
/// (<c>DeletedAt</c> set), a hard delete, or a detainee being withheld. Publishing a
/// withheld detainee again needs no record: its <c>updatedAt</c> moves and sync picks it up.
/// </summary>
public static class DeletionTracking
{
    public const string Deleted = "deleted";
    public const string Withheld = "withheld";

    /// <summary>The record type as the API names it ("detainee", "event", …).</summary>
    public static string RecordType(Entity entity) => RecordType(entity.GetType());

    public static string RecordType(Type type) =>
        type == typeof(Detainee) ? "detainee"
        : type == typeof(VerificationEvent) ? "event"
        : type == typeof(Announcement) ? "announcement"
        : type == typeof(Facility) ? "facility"
        : type == typeof(Organisation) ? "organisation"
        : type == typeof(Source) ? "source"
        : type == typeof(DetaineeMerge) ? "merge"
        : type.Name.ToLowerInvariant();

    public static IReadOnlyList<DeletionRecord> Detect(ChangeTracker changes, DateTimeOffset now)
    {
        var records = new List<DeletionRecord>();
        foreach (var entry in changes.Entries<Entity>())
        {
            var reason = ReasonFor(entry);
            if (reason is not null) records.Add(new DeletionRecord(RecordType(entry.Entity), entry.Entity.Id, reason, now));
        }
        return records;
    }

    private static string? ReasonFor(EntityEntry<Entity> entry)
    {
        if (entry.State == EntityState.Deleted) return Deleted;
        if (entry.State != EntityState.Modified) return null;
        var deletedAt = entry.Property(e => e.DeletedAt);
        if (deletedAt.IsModified && deletedAt.OriginalValue is null && deletedAt.CurrentValue is not null) return Deleted;
        if (entry.Entity is Detainee { Withheld: true } && !entry.Entity.IsDeleted
            && entry.Property(nameof(Detainee.Withheld)).OriginalValue is false) return Withheld;
        return null;
    }
}
