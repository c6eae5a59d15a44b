namespace PrisonerTracker.Domain.Common;

/// <summary>
/// Identity and bookkeeping shared by every aggregate. Ids are version-7 GUIDs: stable
/// for citation, time-ordered for keyset paging, and not enumerable (a withheld
/// record cannot be found by counting up).
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    /// <summary>Set by the persistence layer on every save; drives incremental sync.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Soft delete: the row stays for the audit trail and the deletions feed.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL's xmin).</summary>
    public uint Version { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public void MarkDeleted(DateTimeOffset now)
    {
        if (DeletedAt is null) DeletedAt = now;
    }

    /// <summary>Only for undoing a merge: the merged-away record comes back as it was.</summary>
    protected void Restore() => DeletedAt = null;

    public void Touch(DateTimeOffset now)
    {
        if (CreatedAt == default) CreatedAt = now;
        UpdatedAt = now;
    }
}
