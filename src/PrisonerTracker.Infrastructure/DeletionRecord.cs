namespace PrisonerTracker.Infrastructure;

/// <summary>
/// A record removed from public view (deleted, or withheld at a family's request), so
/// that mirrors syncing with <c>updatedSince</c> learn to drop it.
/// </summary>
public sealed class DeletionRecord
{
    private DeletionRecord() { RecordType = ""; Reason = ""; }

    public DeletionRecord(string recordType, Guid recordId, string reason, DateTimeOffset at)
    {
        RecordType = recordType;
        RecordId = recordId;
        Reason = reason;
        At = at;
    }

    public long Id { get; private set; }
    public string RecordType { get; private set; }
    public Guid RecordId { get; private set; }

    /// <summary>"deleted" or "withheld"; never why a family asked.</summary>
    public string Reason { get; private set; }
    public DateTimeOffset At { get; private set; }
}
