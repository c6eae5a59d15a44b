using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    /// <summary>
    /// One point per period from <paramref name="from"/> to <paramref name="to"/>. What is known now is a
    /// running sum of the counts read model's daily changes (<see cref="TimeseriesNowAsync"/>). As known at
    /// an earlier <see cref="TrackerDbContext.KnownAt"/>, one SQL statement sweeps over the boundaries of
    /// everyone's status periods by the same rule over the events known then. Each period opens with +1 for its
    /// status and closes with −1; running sums up to each period end give the counts, so the cost grows
    /// with the number of periods, not with days × people. New arrests and first releases are summed the
    /// same way from the events. The official claim and the independent tallies in force on each period
    /// end are added from the announcements. Named people only, like every figure cut by day
    /// (docs/privacy.md). The tests check every point against the summary for the same date.
    /// </summary>
    public async Task<Timeseries> GetTimeseriesAsync(DateOnly from, DateOnly to, Interval interval, Confidence threshold, CancellationToken ct)
    {
        // The claims and tallies in force on each period end come from the same rules as the summary's, in memory.
        var ledger = await LedgerAsync(Links.Relative, ct);
        if (CountsFromReadModel)
            return new Timeseries(from, to, QueryNames.Of(interval), QueryNames.Of(threshold),
                [.. (await TimeseriesNowAsync(from, to, interval, threshold, ct)).Select(r => r.ToDto(ledger))], null);
        var step = interval switch { Interval.Week => "7 days", Interval.Month => "1 month", _ => "1 day" };
        var min = threshold.ToString();
        var knownAt = db.KnownAt!.Value;
        const string periods = "SELECT detainee_id, valid_from, valid_to, status, unverified_kind FROM detainee_status_periods(@min, @known)";
        const string people = "SELECT id FROM detainees_known_at(@known) WHERE deleted_at IS NULL AND NOT withheld";
        var sql = $"""
            WITH periods AS (
              SELECT s::date AS period_start, LEAST((s + @step::interval - interval '1 day')::date, @to) AS period_end
              FROM generate_series(@from::timestamp, @to::timestamp, @step::interval) s
            ),
            people AS ({people}),
            steps AS (
              SELECT sp.valid_from, sp.valid_to, sp.status,
                     (sp.unverified_kind IN ('ReleasedConditional', 'ReleasedFull') AND sp.status IN ('Held', 'WhereaboutsUnknown')) AS unverified_release
              FROM ({periods}) sp JOIN people p ON p.id = sp.detainee_id
              WHERE sp.valid_from <= @to
            ),
            live AS (
              SELECT e.detainee_id, e.kind, e.event_date,
                     (e.review_state = 'Approved' AND confidence_rank(e.confidence) >= confidence_rank(@min)) AS counts
              FROM verification_events_known_at(@known) e JOIN people p ON p.id = e.detainee_id
              WHERE e.deleted_at IS NULL AND e.review_state IN ('Pending', 'Approved') AND e.event_date BETWEEN @from AND @to
                AND e.kind IN ('Arrested', 'ReArrested', 'ReleasedConditional', 'ReleasedFull')
            ),
            marks AS (
              SELECT valid_from AS d, status AS metric, 1 AS delta FROM steps
              UNION ALL SELECT valid_to, status, -1 FROM steps WHERE valid_to IS NOT NULL
              UNION ALL SELECT valid_from, 'Unverified', 1 FROM steps WHERE unverified_release
              UNION ALL SELECT valid_to, 'Unverified', -1 FROM steps WHERE unverified_release AND valid_to IS NOT NULL
              UNION ALL SELECT min(event_date), 'VerifiedRelease', 1 FROM live
                WHERE counts AND kind IN ('ReleasedConditional', 'ReleasedFull') GROUP BY detainee_id
              UNION ALL SELECT min(event_date), 'ReportedRelease', 1 FROM live
                WHERE kind IN ('ReleasedConditional', 'ReleasedFull') GROUP BY detainee_id
              UNION ALL SELECT event_date, CASE WHEN counts THEN 'Arrest' ELSE 'ArrestReported' END, 1 FROM live
                WHERE kind IN ('Arrested', 'ReArrested')
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
                     sum(delta) FILTER (WHERE metric = 'ReportedRelease') OVER w AS reported_releases,
                     sum(delta) FILTER (WHERE metric = 'Arrest') OVER w AS arrests,
                     sum(delta) FILTER (WHERE metric = 'ArrestReported') OVER w AS arrests_reported
              FROM timeline
              WINDOW w AS (ORDER BY d, period_end NULLS FIRST ROWS UNBOUNDED PRECEDING)
            ),
            totals AS (
              SELECT p.period_start, p.period_end, r.held, r.whereabouts_unknown, r.released_conditional, r.released_full,
                     r.deceased, r.unverified, r.verified_releases, r.reported_releases,
                     COALESCE(r.arrests, 0) - COALESCE(lag(r.arrests) OVER (ORDER BY p.period_start), 0) AS new_arrests,
                     COALESCE(r.arrests_reported, 0) - COALESCE(lag(r.arrests_reported) OVER (ORDER BY p.period_start), 0) AS new_arrests_reported
              FROM periods p JOIN running r ON r.period_end = p.period_end
            )
            SELECT period_start, period_end,
                   COALESCE(held, 0)::int AS held, COALESCE(whereabouts_unknown, 0)::int AS whereabouts_unknown,
                   COALESCE(released_conditional, 0)::int AS released_conditional, COALESCE(released_full, 0)::int AS released_full,
                   COALESCE(unverified, 0)::int AS release_reported_unverified, COALESCE(deceased, 0)::int AS deceased,
                   COALESCE(verified_releases, 0)::int AS verified_releases, COALESCE(reported_releases, 0)::int AS reported_releases,
                   new_arrests::int AS new_arrests, new_arrests_reported::int AS new_arrests_reported
            FROM totals
            ORDER BY period_start
            """;
        var rows = await db.Database.SqlQueryRaw<TimeseriesRow>(sql,
                new NpgsqlParameter<DateOnly>("from", from), new NpgsqlParameter<DateOnly>("to", to),
                new NpgsqlParameter<string>("step", step), new NpgsqlParameter<string>("min", min),
                new NpgsqlParameter<DateTimeOffset>("known", knownAt))
            .ToListAsync(ct);
        return new Timeseries(from, to, QueryNames.Of(interval), QueryNames.Of(threshold), [.. rows.Select(r => r.ToDto(ledger))], knownAt);
    }
}
