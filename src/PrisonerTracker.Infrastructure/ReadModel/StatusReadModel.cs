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
    public static async Task<long> RebuildAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var periods = await db.Database.SqlQuery<long>($"SELECT rebuild_status_periods() AS \"Value\"").SingleAsync(ct);
        await transaction.CommitAsync(ct);
        return periods;
    }
}
