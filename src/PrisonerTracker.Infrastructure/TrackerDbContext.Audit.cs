using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PrisonerTracker.Infrastructure.Auditing;

namespace PrisonerTracker.Infrastructure;

/// <summary>
/// Saving writes the audit entries of the change in the same transaction: a failed write leaves
/// no entry, and an entry never describes a change that did not happen.
/// </summary>
public sealed partial class TrackerDbContext
{
    /// <summary>Who is changing things now: the signed-in principal in the app, the operator in a command.</summary>
    public AuditActor Actor => actor?.Current ?? AuditActor.System;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = Stamp();
        var entries = AuditTrail.Collect(ChangeTracker, Actor, now);
        if (entries.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null) return await SaveChainedAsync(entries, acceptAllChangesOnSuccess, cancellationToken);

        // Our own transaction, replayed whole by the execution strategy after a lost connection: the
        // lock, the chain's last hash (which may have moved meanwhile), the rows and the commit.
        // Changes are accepted only once it committed, so that a replay saves the same ones again.
        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(entries, async (_, pending, ct) =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            var count = await SaveChainedAsync(pending, acceptAllChangesOnSuccess: false, ct);
            await transaction.CommitAsync(ct);
            return count;
        }, null, cancellationToken);
        if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
        return saved;
    }

    private async Task<int> SaveChainedAsync(List<AuditEntry> entries, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        Chain(entries, await AuditChain.LockAndReadLastAsync(this, ct));
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Adds an entry that no tracked change describes (an export of restricted fields) and saves it, chained like the rest.</summary>
    public async Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        if (Database.CurrentTransaction is not null)
        {
            await SaveChainedAsync([entry], acceptAllChangesOnSuccess: true, ct);
            return;
        }
        await Database.CreateExecutionStrategy().ExecuteAsync(entry, async (_, pending, token) =>
        {
            await using var transaction = await Database.BeginTransactionAsync(token);
            await SaveChainedAsync([pending], acceptAllChangesOnSuccess: false, token);
            await transaction.CommitAsync(token);
            return true;
        }, null, ct);
        ChangeTracker.AcceptAllChanges();
    }

    private void Chain(IEnumerable<AuditEntry> entries, string previous)
    {
        foreach (var entry in entries)
        {
            entry.Chain(previous);
            previous = entry.Hash;
            AuditEntries.Add(entry);
        }
    }
}
