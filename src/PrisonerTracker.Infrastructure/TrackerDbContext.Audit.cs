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

        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var previous = await AuditChain.LockAndReadLastAsync(this, cancellationToken);
        Chain(entries, previous);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null) await own.CommitAsync(cancellationToken);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Adds an entry that no tracked change describes (an export of restricted fields) and saves it, chained like the rest.</summary>
    public async Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        Chain([entry], await AuditChain.LockAndReadLastAsync(this, ct));
        await base.SaveChangesAsync(true, ct);
        if (own is not null) await own.CommitAsync(ct);
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
