namespace PrisonerTracker.Infrastructure.Imports;

/// <summary>Where an import stands: uploaded and waiting for confirmation, waiting for a worker, being written, done.</summary>
public enum ImportJobStatus { Pending, Queued, Running, Succeeded, Failed }

/// <summary>
/// An uploaded CSV file between its preview and its confirmation, and then the background job that
/// writes it. Kept in the database (not one server's memory) so that any instance can show the preview,
/// take the confirmation and run the job. The file is encrypted (it can hold national IDs and family
/// contacts) and forgotten once the import succeeds; the row itself expires (see <see cref="ExpiresAt"/>).
/// Progress and heartbeats are written beside the import's transaction, on their own connection.
/// </summary>
public sealed class ImportJob
{
    private ImportJob() { Kind = ""; OwnerId = ""; OwnerName = ""; Role = ""; ActorId = ""; ActorName = ""; FileName = ""; }

    public ImportJob(string kind, ImportJobOwner owner, string fileName, byte[] content, DateTimeOffset now, TimeSpan lifetime)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        OwnerId = owner.Id;
        OwnerName = owner.Name;
        Role = owner.Role;
        OrganisationId = owner.OrganisationId;
        ActorId = owner.ActorId;
        ActorName = owner.ActorName;
        ActorAddress = owner.ActorAddress;
        FileName = fileName;
        Content = Convert.ToBase64String(content);
        CreatedAt = now;
        ExpiresAt = now + lifetime;
    }

    public Guid Id { get; private set; }

    /// <summary>detainees or events.</summary>
    public string Kind { get; private set; }

    /// <summary>The uploading account (its author id), the only one who may see, confirm or follow the import.</summary>
    public string OwnerId { get; private set; }
    public string OwnerName { get; private set; }
    public string Role { get; private set; }
    public Guid? OrganisationId { get; private set; }

    /// <summary>The audit actor of the upload's request: the job's writes are audited as that person's.</summary>
    public string ActorId { get; private set; }
    public string ActorName { get; private set; }
    public string? ActorAddress { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The file's bytes as base64, encrypted in the column; null once the import has succeeded.</summary>
    public string? Content { get; private set; }

    /// <summary>The date format chosen on the preview (iso, dmy, mdy), or null to let the file decide.</summary>
    public string? DateFormat { get; private set; }

    public ImportJobStatus Status { get; private set; }

    /// <summary>Which confirmation this is (1, 2 after a retry…): a worker only ever writes for the attempt it claimed.</summary>
    public int Attempt { get; private set; }
    public int RowsDone { get; private set; }
    public int RowsTotal { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? QueuedAt { get; private set; }
    public DateTimeOffset? HeartbeatAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The import's result (or, when rows were rejected, its preview) as JSON, encrypted in the column.</summary>
    public string? Result { get; private set; }

    /// <summary>Why the job failed, in words fit for the uploader: never a value from the file.</summary>
    public string? Error { get; private set; }

    public byte[] File() => Content is null ? [] : Convert.FromBase64String(Content);

    /// <summary>Queued at once (the API's asynchronous commit: there is no preview to confirm).</summary>
    public void Queue(string? dateFormat, DateTimeOffset now, TimeSpan lifetime)
    {
        Status = ImportJobStatus.Queued;
        Attempt++;
        DateFormat = dateFormat;
        QueuedAt = now;
        ExpiresAt = now + lifetime;
    }
}

/// <summary>Who uploads: the account, its role and organisation, and the audit actor of the request.</summary>
public sealed record ImportJobOwner(string Id, string Name, string Role, Guid? OrganisationId, string ActorId, string ActorName, string? ActorAddress);
