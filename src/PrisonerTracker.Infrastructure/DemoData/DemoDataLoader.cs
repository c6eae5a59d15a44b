using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Infrastructure.DemoData;

/// <summary>
/// Loads the demo dataset built from the seed articles. Idempotent: when the dataset is
/// already present (its first source is on record) nothing is written.
/// </summary>
public static class DemoDataLoader
{
    public sealed record Result(bool Loaded, int Detainees, int Events, int Announcements);

    /// <remarks>Inside the execution strategy: after a lost connection the whole load runs again, from new objects.</remarks>
    public static Task<Result> LoadAsync(TrackerDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(ct => LoadOnceAsync(db, ct), cancellationToken);

    private static async Task<Result> LoadOnceAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var catalog = new DemoCatalog();
        var people = new DemoPeople(catalog);
        people.RecordHistory();
        var announcements = DemoAnnouncements.Build(catalog, people).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two loaders started at once (two app instances) must not both insert.
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(20260108)", cancellationToken);
        if (await db.Sources.IgnoreQueryFilters().AnyAsync(s => s.DocumentName == DemoCatalog.MarkerDocument, cancellationToken))
            return new Result(false, 0, 0, 0);

        db.Sources.AddRange(catalog.Sources);
        db.Organisations.AddRange(catalog.Organisations);
        db.Facilities.AddRange(catalog.Facilities);
        db.Detainees.AddRange(people.All);
        db.Announcements.AddRange(announcements);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new Result(true, people.All.Count, people.All.Sum(p => p.Events.Count), announcements.Count);
    }
}
