using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Imports;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Security;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// Uploads waiting for confirmation and the jobs that write them, in the database so that any instance
/// can take the next step: the preview, the confirmation, the job, the progress. Each is visible only
/// to the account (and organisation) that uploaded it; to anyone else it does not exist.
/// </summary>
public sealed class ImportJobs(TrackerDbContext db, TimeProvider clock, ImportJobSignal signal)
{
    /// <summary>How long an upload waits for its confirmation (and a failed one for another try).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>How long a finished import's result stays readable (the file itself is gone by then).</summary>
    public static readonly TimeSpan ResultLifetime = TimeSpan.FromHours(24);

    /// <summary>A running job whose worker has said nothing for this long died with its transaction.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    public static ImportJobOwner OwnerOf(HttpContext context)
    {
        var viewer = context.Viewer();
        var actor = HttpAuditActorSource.Of(context);
        return new ImportJobOwner(viewer.AuthorId ?? actor.Id, viewer.Name ?? actor.Name, (viewer.Role ?? StaffRole.Editor).ToString(),
            viewer.OrganisationId, actor.Id, actor.Name, actor.Address);
    }

    /// <summary>Keeps the upload for its preview and confirmation; expired ones are deleted first.</summary>
    public async Task<Guid> UploadAsync(ImportKind kind, ImportUpload upload, ImportJobOwner owner, CancellationToken ct)
    {
        await SweepAsync(ct);
        var job = new ImportJob(kind.ToString().ToLowerInvariant(), owner, upload.FileName, upload.Content, clock.GetUtcNow(), Lifetime);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job.Id;
    }

    /// <summary>The API's asynchronous commit: kept and queued at once.</summary>
    public async Task<Guid> EnqueueAsync(ImportKind kind, ImportUpload upload, DateFormat? format, ImportJobOwner owner, CancellationToken ct)
    {
        await SweepAsync(ct);
        var now = clock.GetUtcNow();
        var job = new ImportJob(kind.ToString().ToLowerInvariant(), owner, upload.FileName, upload.Content, now, Lifetime);
        job.Queue(format?.ToString().ToLowerInvariant(), now, Lifetime);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return job.Id;
    }

    /// <summary>The owner's upload with its file, while it can still be previewed or confirmed (waiting, or failed); else null.</summary>
    public async Task<(ImportKind Kind, ImportUpload Upload)?> FindUploadAsync(Guid id, ImportJobOwner owner, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var job = await Owned(id, owner).AsNoTracking()
            .Where(j => j.ExpiresAt > now && j.Content != null && (j.Status == ImportJobStatus.Pending || j.Status == ImportJobStatus.Failed))
            .FirstOrDefaultAsync(ct);
        return job is null ? null : (KindOf(job.Kind), new ImportUpload(job.FileName, job.File()));
    }

    /// <summary>
    /// Queues the owner's upload. One statement moves it from waiting (or failed) to queued, so a double
    /// click or a second tab cannot queue it twice. True when it is queued, running or done now.
    /// </summary>
    public async Task<bool> ConfirmAsync(Guid id, ImportJobOwner owner, DateFormat? format, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var dateFormat = format?.ToString().ToLowerInvariant();
        var queued = await Owned(id, owner)
            .Where(j => j.ExpiresAt > now && j.Content != null && (j.Status == ImportJobStatus.Pending || j.Status == ImportJobStatus.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Queued).SetProperty(j => j.Attempt, j => j.Attempt + 1)
                .SetProperty(j => j.DateFormat, dateFormat)
                .SetProperty(j => j.QueuedAt, now).SetProperty(j => j.ExpiresAt, now + Lifetime).SetProperty(j => j.RowsDone, 0)
                .SetProperty(j => j.HeartbeatAt, (DateTimeOffset?)null).SetProperty(j => j.FinishedAt, (DateTimeOffset?)null)
                .SetProperty(j => j.Error, (string?)null).SetProperty(j => j.Result, (string?)null), ct);
        if (queued == 1) signal.Wake();
        return queued == 1 || await Owned(id, owner).AnyAsync(j => j.Status != ImportJobStatus.Pending && j.Status != ImportJobStatus.Failed, ct);
    }

    /// <summary>Where the owner's import stands (a stale running job is first reported failed); null when not theirs or gone.</summary>
    public async Task<ImportJobView?> StatusAsync(Guid id, ImportJobOwner owner, CancellationToken ct)
    {
        await FailStaleAsync(ct);
        var now = clock.GetUtcNow();
        var row = await Owned(id, owner).AsNoTracking().Where(j => j.ExpiresAt > now || j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running)
            .Select(j => new { j.Id, j.Kind, j.FileName, j.Status, j.RowsDone, j.RowsTotal, j.Error, j.Result }).FirstOrDefaultAsync(ct);
        return row is null ? null : new ImportJobView(row.Id, KindOf(row.Kind), row.FileName, row.Status, row.RowsDone, row.RowsTotal,
            ImportJobError.Parse(row.Error), ImportJobView.ReadResult(row.Result));
    }

    /// <summary>Fails jobs whose worker stopped (crash, restart: their transaction died with it) and deletes expired rows.</summary>
    public async Task SweepAsync(CancellationToken ct)
    {
        await FailStaleAsync(ct);
        var now = clock.GetUtcNow();
        await db.ImportJobs.Where(j => j.ExpiresAt <= now && j.Status != ImportJobStatus.Queued && j.Status != ImportJobStatus.Running).ExecuteDeleteAsync(ct);
    }

    private Task<int> FailStaleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stale = now - StaleAfter;
        var error = ImportJobError.Interrupted.ToString();
        return db.ImportJobs.Where(j => j.Status == ImportJobStatus.Running && (j.HeartbeatAt == null || j.HeartbeatAt < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Failed).SetProperty(j => j.Error, error)
                .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.ExpiresAt, now + Lifetime), ct);
    }

    private IQueryable<ImportJob> Owned(Guid id, ImportJobOwner owner) =>
        db.ImportJobs.Where(j => j.Id == id && j.OwnerId == owner.Id && j.OrganisationId == owner.OrganisationId);

    public static ImportKind KindOf(string kind) => Enum.Parse<ImportKind>(kind, ignoreCase: true);
}
