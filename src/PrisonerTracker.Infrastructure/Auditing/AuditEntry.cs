namespace PrisonerTracker.Infrastructure.Auditing;

/// <summary>
/// One change (or export) in the audit log: who, when, from where, what. Rows are only ever
/// inserted; each carries the hash of the one before it, so an edited or removed row breaks
/// the chain at that point (<see cref="AuditChain.VerifyAsync"/>).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { ActorId = ""; ActorName = ""; Action = ""; RecordType = ""; Changes = ""; PreviousHash = ""; Hash = ""; }

    public AuditEntry(AuditActor actor, DateTimeOffset at, string action, string recordType, Guid? recordId, string changes)
    {
        // PostgreSQL keeps microseconds: the hash must cover exactly what is stored.
        At = new DateTimeOffset(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);
        ActorId = actor.Id;
        ActorName = actor.Name;
        Address = actor.Address;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        Changes = changes;
        PreviousHash = "";
        Hash = "";
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The principal's name identifier (an API key is <c>api-key:&lt;id&gt;</c>).</summary>
    public string ActorId { get; private set; }
    public string ActorName { get; private set; }
    public string? Address { get; private set; }

    /// <summary>create, update, delete, review, export.</summary>
    public string Action { get; private set; }
    public string RecordType { get; private set; }
    public Guid? RecordId { get; private set; }

    /// <summary>JSON: field → { before, after }; restricted fields masked. Kept as text so the hash covers its exact bytes.</summary>
    public string Changes { get; private set; }
    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    internal void Chain(string previousHash)
    {
        PreviousHash = previousHash;
        Hash = AuditChain.HashOf(this);
    }
}

/// <summary>Who made a change: the principal's name identifier, its display name, and the client address.</summary>
public sealed record AuditActor(string Id, string Name, string? Address)
{
    /// <summary>Maintenance commands and data loads, run by whoever operates the server.</summary>
    public static AuditActor System { get; } = new("system", "command line", null);
}

/// <summary>Supplies the actor of the current unit of work (the web app reads it from the signed-in principal).</summary>
public interface IAuditActorSource
{
    AuditActor Current { get; }
}
