using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    /// <summary>
    /// When the data last changed: the latest write to any table the numbers come from,
    /// deletions included (a deleted record changes the numbers too). Read without the
    /// soft-delete filter on purpose: deleting a row stamps it. Null on an empty database.
    /// </summary>
    public async Task<DateTimeOffset?> LastUpdatedAsync(CancellationToken ct) =>
        await db.Database.SqlQuery<DateTimeOffset?>($"""
            SELECT GREATEST(
                (SELECT max(updated_at) FROM detainees),
                (SELECT max(updated_at) FROM verification_events),
                (SELECT max(updated_at) FROM announcements),
                (SELECT max(updated_at) FROM facilities),
                (SELECT max(updated_at) FROM organisations),
                (SELECT max(updated_at) FROM sources),
                (SELECT max(at) FROM deletions)) AS "Value"
            """).SingleAsync(ct);
}
