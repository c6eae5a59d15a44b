using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// A person's facility is taken only from the current detention: after a release and a
    /// re-arrest that names no facility, the old facility no longer applies (as in StatusRules).
    /// </summary>
    public partial class FacilityFollowsCurrentDetention : Migration
    {
        /// <summary>The status function as this migration left it (a later migration restores it on the way down).</summary>
        internal const string StatusOnFunction = """
                -- One row per detainee (not deleted) with at least one non-rejected event on or before p_as_of.
                CREATE OR REPLACE FUNCTION detainee_status_on(p_as_of date, p_min_confidence text DEFAULT 'Verified')
                RETURNS TABLE (detainee_id uuid, status text, since date, facility_id uuid,
                               unverified_event_id uuid, unverified_kind text, unverified_date date)
                LANGUAGE sql STABLE
                AS $$
                  WITH live AS (
                    SELECT e.id, e.detainee_id, e.kind, e.event_date, e.entered_at, e.facility_id,
                           (e.review_state = 'Approved'
                            AND confidence_rank(e.confidence) >= confidence_rank(p_min_confidence)) AS counts
                    FROM verification_events e
                    JOIN detainees d ON d.id = e.detainee_id AND d.deleted_at IS NULL
                    WHERE e.deleted_at IS NULL AND e.review_state <> 'Rejected' AND e.event_date <= p_as_of
                  ),
                  counted AS (
                    SELECT DISTINCT ON (live.detainee_id) live.detainee_id, live.kind, live.event_date
                    FROM live WHERE live.counts
                    ORDER BY live.detainee_id, live.event_date DESC, live.entered_at DESC, live.id DESC
                  ),
                  detention_start AS (
                    SELECT DISTINCT ON (live.detainee_id) live.detainee_id, live.event_date, live.entered_at, live.id
                    FROM live WHERE live.counts AND live.kind IN ('Arrested', 'ReArrested')
                    ORDER BY live.detainee_id, live.event_date DESC, live.entered_at DESC, live.id DESC
                  ),
                  located AS (
                    SELECT DISTINCT ON (live.detainee_id) live.detainee_id, live.facility_id
                    FROM live
                    LEFT JOIN detention_start ds ON ds.detainee_id = live.detainee_id
                    WHERE live.counts AND live.facility_id IS NOT NULL
                      AND (ds.detainee_id IS NULL
                           OR (live.event_date, live.entered_at, live.id) >= (ds.event_date, ds.entered_at, ds.id))
                    ORDER BY live.detainee_id, live.event_date DESC, live.entered_at DESC, live.id DESC
                  ),
                  latest AS (
                    SELECT DISTINCT ON (live.detainee_id) live.detainee_id, live.id, live.kind, live.event_date, live.counts
                    FROM live
                    ORDER BY live.detainee_id, live.event_date DESC, live.entered_at DESC, live.id DESC
                  )
                  SELECT l.detainee_id,
                         COALESCE(status_after(c.kind), 'NotHeld'),
                         c.event_date,
                         CASE WHEN status_after(c.kind) IN ('Held', 'WhereaboutsUnknown') THEN loc.facility_id END,
                         CASE WHEN NOT l.counts THEN l.id END,
                         CASE WHEN NOT l.counts THEN l.kind END,
                         CASE WHEN NOT l.counts THEN l.event_date END
                  FROM latest l
                  LEFT JOIN counted c ON c.detainee_id = l.detainee_id
                  LEFT JOIN located loc ON loc.detainee_id = l.detainee_id
                $$;
                """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StatusOnFunction);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                -- One row per detainee (not deleted) with at least one non-rejected event on or before p_as_of.
                CREATE OR REPLACE FUNCTION detainee_status_on(p_as_of date, p_min_confidence text DEFAULT 'Verified')
                RETURNS TABLE (detainee_id uuid, status text, since date, facility_id uuid,
                               unverified_event_id uuid, unverified_kind text, unverified_date date)
                LANGUAGE sql STABLE
                AS $$
                  WITH live AS (
                    SELECT e.id, e.detainee_id, e.kind, e.event_date, e.entered_at, e.facility_id,
                           (e.review_state = 'Approved'
                            AND confidence_rank(e.confidence) >= confidence_rank(p_min_confidence)) AS counts
                    FROM verification_events e
                    JOIN detainees d ON d.id = e.detainee_id AND d.deleted_at IS NULL
                    WHERE e.deleted_at IS NULL AND e.review_state <> 'Rejected' AND e.event_date <= p_as_of
                  ),
                  counted AS (
                    SELECT DISTINCT ON (live.detainee_id) live.detainee_id, live.kind, live.event_date
                    FROM live WHERE live.counts
                    ORDER BY live.detainee_id, live.event_date DESC, live.entered_at DESC, live.id DESC
                  ),
                  located AS (
                    SELECT DISTINCT ON (live.detainee_id) live.detainee_id, live.facility_id
                    FROM live WHERE live.counts AND live.facility_id IS NOT NULL
                    ORDER BY live.detainee_id, live.event_date DESC, live.entered_at DESC, live.id DESC
                  ),
                  latest AS (
                    SELECT DISTINCT ON (live.detainee_id) live.detainee_id, live.id, live.kind, live.event_date, live.counts
                    FROM live
                    ORDER BY live.detainee_id, live.event_date DESC, live.entered_at DESC, live.id DESC
                  )
                  SELECT l.detainee_id,
                         COALESCE(status_after(c.kind), 'NotHeld'),
                         c.event_date,
                         CASE WHEN status_after(c.kind) IN ('Held', 'WhereaboutsUnknown') THEN loc.facility_id END,
                         CASE WHEN NOT l.counts THEN l.id END,
                         CASE WHEN NOT l.counts THEN l.kind END,
                         CASE WHEN NOT l.counts THEN l.event_date END
                  FROM latest l
                  LEFT JOIN counted c ON c.detainee_id = l.detainee_id
                  LEFT JOIN located loc ON loc.detainee_id = l.detainee_id
                $$;
                """);
        }
    }
}
