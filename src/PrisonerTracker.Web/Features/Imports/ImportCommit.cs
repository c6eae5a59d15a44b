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
/// audited as a hand-entered one is, by the context's save.
/// </summary>
public sealed class ImportCommit(TrackerDbContext db, TimeProvider clock)
{
    public async Task SaveAsync(ImportKind kind, ImportUpload upload, IReadOnlyList<RowPlan> plans, IReadOnlyList<Domain.Detainees.Detainee> newPeople,
        ImportCounts counts, CancellationToken ct)
    {
        db.Detainees.AddRange(newPeople);
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
            // record); the new people were attached whole by AddRange. Scanning all of them again cost 3 s at 10,000 rows.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State != EntityState.Added).ToList()) entry.DetectChanges();
            await db.SaveChangesAsync(ct);
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
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when ((e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two imports of the same rows at once: the second finds the first's fingerprints (or national IDs) and writes nothing.
            throw new ConflictException("Some of these rows were imported by someone else meanwhile. Nothing was written; run the import again to see them as already imported.");
        }
    }
}
