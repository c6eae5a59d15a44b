using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// Follows a commit that runs in the background: how many rows are written (told on another
/// connection, since the import's own transaction shows nothing until it commits), and a last
/// write inside the import's transaction, so that "succeeded" commits with the rows or not at all.
/// </summary>
public interface IImportProgress
{
    Task ReportAsync(int rowsDone, int rowsTotal, CancellationToken ct);

    Task CommittingAsync(TrackerDbContext db, ImportPreview result, CancellationToken ct);
}
