using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// A fingerprint of everything the API can return: the latest change and row count of
/// each table, and the latest deletion. Any write changes it, so it is a sound basis for
/// ETags without buffering (CSV exports stream).
/// </summary>
public sealed class DataVersion(TrackerDbContext db)
{
    public async Task<string> GetAsync(CancellationToken ct) =>
        await db.Database.SqlQuery<string>($"""
            SELECT concat_ws('|',
                (SELECT max(updated_at) FROM detainees), (SELECT count(*) FROM detainees),
                (SELECT max(updated_at) FROM verification_events), (SELECT count(*) FROM verification_events),
                (SELECT max(updated_at) FROM announcements), (SELECT count(*) FROM announcements),
                (SELECT max(updated_at) FROM facilities), (SELECT count(*) FROM facilities),
                (SELECT max(updated_at) FROM organisations), (SELECT count(*) FROM organisations),
                (SELECT max(updated_at) FROM sources), (SELECT count(*) FROM sources),
                (SELECT count(*) FROM detainee_restricted_details), (SELECT max(id) FROM deletions)) AS "Value"
            """).SingleAsync(ct);
}
