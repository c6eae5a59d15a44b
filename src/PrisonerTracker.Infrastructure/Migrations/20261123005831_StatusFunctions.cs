using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// The status rules of <c>PrisonerTracker.Domain.Status.StatusRules</c>, in SQL, so that a
    /// whole population's status on any date (and a time series of them) is computed by
    /// PostgreSQL in one pass. The integration tests check both give the same answers.
    /// </summary>
    public partial class StatusFunctions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION confidence_rank(c text) RETURNS int
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT CASE c WHEN 'Claimed' THEN 0 WHEN 'Reported' THEN 1 WHEN 'Verified' THEN 2 WHEN 'Confirmed' THEN 3 END $$;

                CREATE OR REPLACE FUNCTION status_after(kind text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT CASE kind
                        WHEN 'ReleasedConditional' THEN 'ReleasedConditional'
                        WHEN 'ReleasedFull' THEN 'ReleasedFull'
                        WHEN 'WhereaboutsUnknown' THEN 'WhereaboutsUnknown'
                        WHEN 'DiedInCustody' THEN 'Deceased'
                        WHEN NULL THEN NULL
                        ELSE 'Held' END $$;

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION IF EXISTS detainee_status_on(date, text);
                DROP FUNCTION IF EXISTS status_after(text);
                DROP FUNCTION IF EXISTS confidence_rank(text);
                """);
        }
    }
}
