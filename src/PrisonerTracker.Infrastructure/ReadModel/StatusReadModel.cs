using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Infrastructure.ReadModel;

/// <summary>
/// The status read model (<c>status_periods</c>, Sql/05_status_read_model.sql): every person's status
/// periods at each confidence threshold. Triggers keep it in the write transaction; this rebuilds it
/// from the events, for an operator who suspects it (or after a bulk load that bypassed the triggers).
/// </summary>
public static class StatusReadModel
{
    /// <summary>Recomputes every period from the events in one transaction; returns the number of periods.</summary>
    /// <remarks>Inside the execution strategy: after a lost connection the whole rebuild runs again.</remarks>
    public static Task<long> RebuildAsync(TrackerDbContext db, CancellationToken ct = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var periods = await db.Database.SqlQuery<long>($"SELECT rebuild_status_periods() AS \"Value\"").SingleAsync(token);
            await transaction.CommitAsync(token);
            return periods;
        }, ct);
}
