using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Imports;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// A running job's voice: rows done and a heartbeat, each written at once on a connection of its own
/// (the import's transaction shows nothing until it commits), so any instance can show the progress and
/// tell a living job from one whose server died. Its last word, "succeeded" and the result, is written
/// inside the import's transaction instead.
/// </summary>
public sealed class ImportJobProgress : IImportProgress, IAsyncDisposable
{
    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(10);
    private readonly string _connection;
    private readonly Guid _id;
    private readonly int _attempt;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _heart;

    public ImportJobProgress(string connection, Guid id, int attempt, TimeProvider clock)
    {
        _connection = connection;
        _id = id;
        _attempt = attempt;
        _clock = clock;
        _heart = BeatAsync();
    }

    public Task ReportAsync(int rowsDone, int rowsTotal, CancellationToken ct) =>
        WriteAsync("UPDATE import_jobs SET rows_done = @done, rows_total = @total, heartbeat_at = @now WHERE id = @id AND attempt = @attempt AND status = 'Running'",
            ct, ("done", rowsDone), ("total", rowsTotal));

    public async Task CommittingAsync(TrackerDbContext db, ImportPreview result, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var json = ImportJobView.WriteResult(result);
        var done = await db.ImportJobs.Where(j => j.Id == _id && j.Attempt == _attempt && j.Status == ImportJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Succeeded).SetProperty(j => j.Result, json)
                .SetProperty(j => j.RowsDone, result.Counts.Rows).SetProperty(j => j.RowsTotal, result.Counts.Rows)
                .SetProperty(j => j.Content, (string?)null).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.ExpiresAt, now + ImportJobs.ResultLifetime), ct);
        // Reported failed meanwhile (its heartbeat went stale; perhaps confirmed again since): the user was told nothing
        // was written, so nothing may be.
        if (done != 1) throw new InvalidOperationException("The import job was no longer running; its transaction is rolled back.");
    }

    private async Task BeatAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Beat, _stop.Token);
                await WriteAsync("UPDATE import_jobs SET heartbeat_at = @now WHERE id = @id AND attempt = @attempt AND status = 'Running'", _stop.Token);
            }
            catch (OperationCanceledException) { return; }
            catch (Exception) { /* the next beat tries again; a job silent for a minute is failed by the sweep */ }
        }
    }

    private async Task WriteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] values)
    {
        await using var connection = new NpgsqlConnection(_connection);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", _id);
        command.Parameters.AddWithValue("attempt", _attempt);
        command.Parameters.AddWithValue("now", _clock.GetUtcNow());
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _heart;
        _stop.Dispose();
    }
}
