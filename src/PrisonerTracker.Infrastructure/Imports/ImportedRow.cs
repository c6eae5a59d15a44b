namespace PrisonerTracker.Infrastructure.Imports;

/// <summary>
/// A spreadsheet row already imported, known by its fingerprint: a keyed hash (the blind-index key)
/// of the row's meaning (kind, person, facts), never its text, so a national ID cannot be guessed back
/// from it. Importing the same row again finds it here and creates nothing.
/// </summary>
public sealed class ImportedRow
{
    private ImportedRow() { Fingerprint = ""; Kind = ""; FileHash = ""; }

    public ImportedRow(string fingerprint, string kind, string fileHash, Guid detaineeId, DateTimeOffset importedAt)
    {
        Fingerprint = fingerprint;
        Kind = kind;
        FileHash = fileHash;
        DetaineeId = detaineeId;
        ImportedAt = importedAt;
    }

    public string Fingerprint { get; private set; }

    /// <summary>detainees or events: which file layout the row came from.</summary>
    public string Kind { get; private set; }

    /// <summary>SHA-256 of the file the row first came in (also in the import's audit entry).</summary>
    public string FileHash { get; private set; }

    /// <summary>The person the row created or added to.</summary>
    public Guid DetaineeId { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
}
