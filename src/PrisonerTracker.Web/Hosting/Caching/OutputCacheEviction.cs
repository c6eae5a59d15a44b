using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PrisonerTracker.Web.Hosting.ScaleOut;

namespace PrisonerTracker.Web.Hosting.Caching;

/// <summary>
/// Evicts the public output cache when data changes, in this process and at once: after every save,
/// and again when a transaction commits (a reader may have cached the old answer between the save and
/// the commit). Other processes' writes arrive through <see cref="DataChangeListener"/>, which also
/// sees this process's commits a moment later: eviction is by tag and cheap, so the repeat costs nothing.
/// With standbys, <see cref="ReplicaCatchUp"/> evicts once more when they have replayed the change.
/// </summary>
public sealed class OutputCacheEviction(IOutputCacheStore store, ReplicaCatchUp replicas) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0) await EvictAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0) EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await EvictAsync(cancellationToken);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private ValueTask EvictAsync(CancellationToken ct)
    {
        replicas.DataChanged();
        return store.EvictByTagAsync(PublicOutputCachePolicy.Tag, ct);
    }
}
