using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Infrastructure.Imports;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Hosting.ScaleOut;
using PrisonerTracker.Web.Security;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// Runs queued imports, on every instance: each claims the oldest queued job with
/// <c>FOR UPDATE SKIP LOCKED</c>, so a job runs once whichever instance took the confirmation. It looks
/// at the table every few seconds (at once when a job is queued here), and sweeps stale and expired jobs.
/// A job writes as the person who uploaded it: the same viewer, the same audit actor.
/// </summary>
public sealed class ImportJobWorker(IServiceScopeFactory scopes, DatabaseConnections connections, TimeProvider clock, ImportJobSignal signal,
    ILogger<ImportJobWorker> log) : BackgroundService
{
    private static readonly TimeSpan Look = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using (var scope = scopes.CreateScope()) await scope.ServiceProvider.GetRequiredService<ImportJobs>().SweepAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested && await ClaimAsync(stoppingToken) is { } claimed)
                    await RunAsync(claimed.Id, claimed.Attempt, stoppingToken);
                await signal.WaitAsync(Look, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database is away (or not migrated yet): look again later. Never let it stop the host.
                log.LogWarning("Import jobs: {Error}", e.GetType().Name);
                await Task.Delay(Look, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    private async Task<(Guid Id, int Attempt)?> ClaimAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connections.Primary);
        await connection.OpenAsync(ct);
        await using var claim = new NpgsqlCommand("""
            UPDATE import_jobs SET status = 'Running', heartbeat_at = @now, rows_done = 0
            WHERE id = (SELECT id FROM import_jobs WHERE status = 'Queued' ORDER BY queued_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, attempt
            """, connection);
        claim.Parameters.AddWithValue("now", clock.GetUtcNow());
        await using var reader = await claim.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetGuid(0), reader.GetInt32(1)) : null;
    }

    private async Task RunAsync(Guid id, int attempt, CancellationToken stoppingToken)
    {
        ImportJobError error;
        ImportPreview? shown = null;
        await using (var progress = new ImportJobProgress(connections.Primary, id, attempt, clock))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
                var job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id, stoppingToken);
                using var actor = HttpAuditActorSource.ActAs(new AuditActor(job.ActorId, job.ActorName, job.ActorAddress));
                var viewer = new Viewer(true, job.OwnerName, Enum.Parse<StaffRole>(job.Role), job.OrganisationId, job.OwnerId);
                DateFormat? format = job.DateFormat is null ? null : Enum.Parse<DateFormat>(job.DateFormat, ignoreCase: true);
                var preview = await scope.ServiceProvider.GetRequiredService<ImportService>().RunAsync(ImportJobs.KindOf(job.Kind),
                    new ImportUpload(job.FileName, job.File()), format, commit: true, viewer, stoppingToken, progress);
                if (preview.Committed) return;
                (error, shown) = (ImportJobError.Rejected(preview.Counts.Reject), preview);
            }
            catch (ConflictException conflict) { error = new ImportJobError("conflict", conflict.Message); }
            catch (ImportFileException file) { error = new ImportJobError("file", file.Message); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { error = ImportJobError.Interrupted; }
            catch (Exception e)
            {
                // The type only: a database error's detail can quote a row's values.
                log.LogError("Import job {Id} failed: {Error}", id, e.GetType().Name);
                error = ImportJobError.Failed;
            }
        }
        await FailAsync(id, attempt, error, shown);
    }

    /// <summary>After the import's transaction rolled back (or never began); not cancelled by shutdown, so the user is told.</summary>
    private async Task FailAsync(Guid id, int attempt, ImportJobError error, ImportPreview? shown)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var now = clock.GetUtcNow();
        var text = error.ToString();
        var result = shown is null ? null : ImportJobView.WriteResult(shown);
        await db.ImportJobs.Where(j => j.Id == id && j.Attempt == attempt && j.Status == ImportJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Failed).SetProperty(j => j.Error, text)
                .SetProperty(j => j.Result, result).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.ExpiresAt, now + ImportJobs.Lifetime), CancellationToken.None);
    }
}
