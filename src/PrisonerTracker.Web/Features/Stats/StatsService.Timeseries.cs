using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    /// <summary>
    /// One point per period from <paramref name="from"/> to <paramref name="to"/>, in one SQL
    /// statement. Instead of running <c>detainee_status_on</c> once per date, it derives each
    /// person's status as a step function of the date (same rules: order by date, entry time,
    /// id; the latest counted event gives the status; a later uncounted release is "reported,
    /// unverified"), turns the steps into +1/−1 changes and sums them up to each period end. The official
    /// claim and the independent tallies in force on each period end are added from the announcements.
    /// Named people only, like every figure cut by day (docs/privacy.md). The tests check every
    /// point against the summary for the same date.
    /// </summary>
    public async Task<Timeseries> GetTimeseriesAsync(DateOnly from, DateOnly to, Interval interval, Confidence threshold, CancellationToken ct)
    {
        var step = interval switch { Interval.Week => "7 days", Interval.Month => "1 month", _ => "1 day" };
        var min = threshold.ToString();
        // The planner overestimates this statement and would JIT-compile it: that costs more than it saves.
        // SET LOCAL needs a transaction; a caller's own transaction is reused (and left to the caller).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off", ct);
        var rows = await db.Database.SqlQuery<TimeseriesRow>($"""
            WITH periods AS (
              SELECT s::date AS period_start, LEAST((s + {step}::interval - interval '1 day')::date, {to}) AS period_end
              FROM generate_series({from}::timestamp, {to}::timestamp, {step}::interval) s
            ),
            live AS (
              SELECT e.id, e.detainee_id, e.kind, e.event_date, e.entered_at,
                     (e.review_state = 'Approved' AND confidence_rank(e.confidence) >= confidence_rank({min})) AS counts
              FROM verification_events e
              JOIN detainees d ON d.id = e.detainee_id AND d.deleted_at IS NULL AND NOT d.withheld
              WHERE e.deleted_at IS NULL AND e.review_state <> 'Rejected' AND e.event_date <= {to}
            ),
            runs AS (
              SELECT live.*, count(*) FILTER (WHERE counts) OVER w AS grp,
                     row_number() OVER (PARTITION BY detainee_id, event_date ORDER BY entered_at DESC, id DESC) AS day_rank
              FROM live
              WINDOW w AS (PARTITION BY detainee_id ORDER BY event_date, entered_at, id ROWS UNBOUNDED PRECEDING)
            ),
            states AS (
              SELECT detainee_id, event_date, counts, kind, day_rank,
                     CASE WHEN grp = 0 THEN 'NotHeld'
                          ELSE status_after(first_value(kind) OVER (PARTITION BY detainee_id, grp ORDER BY event_date, entered_at, id)) END AS status
              FROM runs
            ),
            steps AS (
              SELECT detainee_id, event_date AS valid_from,
                     lead(event_date) OVER (PARTITION BY detainee_id ORDER BY event_date) AS valid_to, status,
                     (NOT counts AND kind IN ('ReleasedConditional', 'ReleasedFull')
                      AND status IN ('Held', 'WhereaboutsUnknown')) AS unverified_release
              FROM states WHERE day_rank = 1
            ),
            marks AS (
              SELECT valid_from AS d, status AS metric, 1 AS delta FROM steps
              UNION ALL SELECT valid_to, status, -1 FROM steps WHERE valid_to IS NOT NULL
              UNION ALL SELECT valid_from, 'Unverified', 1 FROM steps WHERE unverified_release
              UNION ALL SELECT valid_to, 'Unverified', -1 FROM steps WHERE unverified_release AND valid_to IS NOT NULL
              UNION ALL SELECT min(event_date), 'VerifiedRelease', 1 FROM live
                WHERE counts AND kind IN ('ReleasedConditional', 'ReleasedFull') AND event_date >= {from} GROUP BY detainee_id
              UNION ALL SELECT min(event_date), 'ReportedRelease', 1 FROM live
                WHERE kind IN ('ReleasedConditional', 'ReleasedFull') AND event_date >= {from} GROUP BY detainee_id
            ),
            daily AS (
              SELECT d, metric, sum(delta) AS delta FROM marks GROUP BY d, metric
            ),
            timeline AS (
              SELECT d, metric, delta, NULL::date AS period_end FROM daily
              UNION ALL SELECT period_end, NULL, 0, period_end FROM periods
            ),
            running AS (
              SELECT period_end,
                     sum(delta) FILTER (WHERE metric = 'Held') OVER w AS held,
                     sum(delta) FILTER (WHERE metric = 'WhereaboutsUnknown') OVER w AS whereabouts_unknown,
                     sum(delta) FILTER (WHERE metric = 'ReleasedConditional') OVER w AS released_conditional,
                     sum(delta) FILTER (WHERE metric = 'ReleasedFull') OVER w AS released_full,
                     sum(delta) FILTER (WHERE metric = 'Deceased') OVER w AS deceased,
                     sum(delta) FILTER (WHERE metric = 'Unverified') OVER w AS unverified,
                     sum(delta) FILTER (WHERE metric = 'VerifiedRelease') OVER w AS verified_releases,
                     sum(delta) FILTER (WHERE metric = 'ReportedRelease') OVER w AS reported_releases
              FROM timeline
              WINDOW w AS (ORDER BY d, period_end NULLS FIRST ROWS UNBOUNDED PRECEDING)
            ),
            arrests AS (
              SELECT p.period_end, count(*) FILTER (WHERE l.counts) AS counted, count(*) FILTER (WHERE NOT l.counts) AS reported
              FROM periods p
              JOIN live l ON l.kind IN ('Arrested', 'ReArrested') AND l.event_date BETWEEN p.period_start AND p.period_end
              GROUP BY p.period_end
            )
            SELECT p.period_start, p.period_end,
                   COALESCE(r.held, 0)::int AS held, COALESCE(r.whereabouts_unknown, 0)::int AS whereabouts_unknown,
                   COALESCE(r.released_conditional, 0)::int AS released_conditional, COALESCE(r.released_full, 0)::int AS released_full,
                   COALESCE(r.unverified, 0)::int AS release_reported_unverified, COALESCE(r.deceased, 0)::int AS deceased,
                   COALESCE(r.verified_releases, 0)::int AS verified_releases, COALESCE(r.reported_releases, 0)::int AS reported_releases,
                   COALESCE(a.counted, 0)::int AS new_arrests, COALESCE(a.reported, 0)::int AS new_arrests_reported
            FROM periods p
            JOIN running r ON r.period_end = p.period_end
            LEFT JOIN arrests a ON a.period_end = p.period_end
            ORDER BY p.period_start
            """).ToListAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        // The claims and tallies in force on each period end come from the same rules as the summary's, in memory.
        var ledger = await LedgerAsync(Links.Relative, ct);
        return new Timeseries(from, to, interval.ToString(), min, [.. rows.Select(r => r.ToDto(ledger))]);
    }
}
