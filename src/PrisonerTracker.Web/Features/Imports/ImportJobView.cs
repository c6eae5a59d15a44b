using System.Text.Json;
using PrisonerTracker.Infrastructure.Imports;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>Where one import stands, as its page and <c>GET /api/v1/imports/jobs/{id}</c> show it.</summary>
/// <param name="Result">When it succeeded, what it wrote; when rows were rejected, the preview naming them.</param>
public sealed record ImportJobView(Guid Id, ImportKind Kind, string FileName, ImportJobStatus Status, int RowsDone, int RowsTotal,
    ImportJobError? Error, ImportPreview? Result)
{
    public bool Finished => Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed;

    // Stored for this app alone (encrypted): the default options read back exactly what they wrote.
    public static string WriteResult(ImportPreview preview) => JsonSerializer.Serialize(preview);

    public static ImportPreview? ReadResult(string? json) => json is null ? null : JsonSerializer.Deserialize<ImportPreview>(json);
}

/// <summary>Why an import job failed: a stable code and a sentence for the uploader, never a value from the file.</summary>
public sealed record ImportJobError(string Code, string Message)
{
    public static ImportJobError Interrupted { get; } = new("interrupted",
        "The import stopped before it finished (the server restarted or lost its database connection). Nothing was written; confirm it again.");

    public static ImportJobError Failed { get; } = new("failed", "The import failed. Nothing was written; confirm it again, and tell an administrator if it keeps failing.");

    public static ImportJobError Rejected(int rows) => new("rejected", $"{rows} rows are rejected now (the register changed since the preview). Nothing was written.");

    /// <summary>Kept in one column as <c>code|message</c>.</summary>
    public override string ToString() => $"{Code}|{Message}";

    public static ImportJobError? Parse(string? stored) => stored?.Split('|', 2) is [var code, var message] ? new(code, message)
        : stored is null ? null : new(stored, stored);
}
