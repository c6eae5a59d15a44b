using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Web.Api.Writes;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// Writes a planned import: people, events, sources, the rows' fingerprints and the import's own audit
/// entry (file name, SHA-256, row counts), all in one transaction. Each created person and event is
/// audited as a hand-entered one is, by the context's save. A background job follows it through
/// <see cref="IImportProgress"/>: rows done after each batch, and its own completion inside the transaction.
/// </summary>
public sealed class ImportCommit(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>People saved per statement batch; progress is told after each.</summary>
    private const int Batch = 500;

    public async Task SaveAsync(ImportKind kind, ImportUpload upload, IReadOnlyList<RowPlan> plans, IReadOnlyList<Domain.Detainees.Detainee> newPeople,
        ImportPreview result, IImportProgress? progress, CancellationToken ct)
    {
        var counts = result.Counts;
        var now = clock.GetUtcNow();
        var kindName = kind.ToString().ToLowerInvariant();
        var written = plans.Where(p => p.Fingerprint is not null && p.DetaineeId is not null
            && p.Outcome is RowOutcome.Create or RowOutcome.Update or RowOutcome.Match).ToList();
        var fingerprints = written.Select(p => p.Fingerprint!).ToArray();
        var rowPeople = written.Select(p => p.DetaineeId!.Value).ToArray();

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // The status read model is refreshed once for all the import's people, not once per inserted event.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL tracker.status_refresh = 'deferred'", ct);
            // Only records loaded before the import can hold changes not seen yet (events added to a person on
            // record); the new people are attached whole by AddRange. Scanning all of them again cost 3 s at 10,000 rows.
            // Saved a batch of people at a time, still in the one transaction, so that progress can be told.
            // A person's own rows (events, restricted details) are saved with the person, so that each is audited as one record, as before.
            var entries = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Added).ToList();
            var factPeople = entries.Select(e => e.Entity).OfType<Domain.Events.VerificationEvent>().ToDictionary(f => f.Id, f => f.DetaineeId);
            var loaded = entries.ToLookup(e => PersonOf(e, factPeople));
            var onRecord = entries.Select(e => e.Entity).OfType<Domain.Detainees.Detainee>().Select(p => p.Id).ToList();
            var loadedPeople = onRecord.ToHashSet();
            foreach (var entry in loaded.Where(g => g.Key is not { } id || !loadedPeople.Contains(id)).SelectMany(g => g)) entry.DetectChanges();
            int units = onRecord.Count + newPeople.Count, done = 0;
            foreach (var chunk in onRecord.Chunk(Batch))
            {
                foreach (var entry in chunk.SelectMany(id => loaded[id])) entry.DetectChanges();
                await db.SaveChangesAsync(ct);
                done += chunk.Length;
                if (progress is not null) await progress.ReportAsync((int)((long)counts.Rows * done / units), counts.Rows, ct);
            }
            foreach (var chunk in newPeople.Chunk(Batch))
            {
                db.Detainees.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                done += chunk.Length;
                if (progress is not null) await progress.ReportAsync((int)((long)counts.Rows * done / units), counts.Rows, ct);
            }
            if (units == 0) await db.SaveChangesAsync(ct);
            // The fingerprints are bookkeeping, not records (never audited): one statement for all of them.
            // Tracking them one Add at a time cost more than the rest of the commit and grew faster than the file.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO imported_rows (fingerprint, kind, file_hash, detainee_id, imported_at)
                SELECT f, {kindName}, {upload.Sha256}, d, {now} FROM unnest({fingerprints}::text[], {rowPeople}::uuid[]) AS r(f, d)
                """, ct);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL tracker.status_refresh = ''", ct);
            // People with new events, and people whose details changed (the counts cut by gender, region...).
            var people = plans.Where(p => p.DetaineeId is not null && (p.EventsAdded > 0 || p.Outcome == RowOutcome.Update)).Select(p => p.DetaineeId!.Value).Distinct().ToArray();
            if (people.Length > 0) await db.Database.ExecuteSqlAsync($"SELECT refresh_status_periods({people})", ct);
            await db.RecordAsync(new AuditEntry(db.Actor, now, "import", kindName, null, JsonSerializer.Serialize(new SortedDictionary<string, object>
            {
                ["file"] = upload.FileName, ["sha256"] = upload.Sha256, ["rows"] = counts.Rows, ["created"] = counts.Create,
                ["updated"] = counts.Update, ["matched"] = counts.Match, ["alreadyImported"] = counts.AlreadyImported,
                ["peopleCreated"] = counts.PeopleCreated, ["eventsCreated"] = counts.EventsCreated,
            })), ct);
            if (progress is not null) await progress.CommittingAsync(db, result with { Committed = true }, ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when ((e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two imports of the same rows at once: the second finds the first's fingerprints (or national IDs) and writes nothing.
            throw new ConflictException("Some of these rows were imported by someone else meanwhile. Nothing was written; run the import again to see them as already imported.");
        }
    }

    /// <summary>The person a tracked row belongs to: the person, their event, what either owns; null for anything else.</summary>
    private static Guid? PersonOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, Dictionary<Guid, Guid> factPeople) => entry.Entity switch
    {
        Domain.Detainees.Detainee person => person.Id,
        Domain.Events.VerificationEvent fact => fact.DetaineeId,
        _ => entry.Metadata.FindOwnership() is { } owned && entry.Property(owned.Properties[0].Name).CurrentValue is Guid owner
            ? owned.PrincipalEntityType.ClrType == typeof(Domain.Detainees.Detainee) ? owner : factPeople.TryGetValue(owner, out var person) ? person : null
            : null,
    };
}
