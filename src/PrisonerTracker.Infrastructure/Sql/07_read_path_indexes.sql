-- Indexes for reads whose cost should follow what a page shows, not the size of the register
-- (docs/benchmarks.md). Each was checked with EXPLAIN (ANALYZE, BUFFERS) at 100,000 people.

-- A person's period at a threshold, looked up once per listed person (a page of 50 walks the
-- people in name order and probes this), and the triggers' per-person rewrites.
DROP INDEX IF EXISTS ix_status_periods_detainee;
CREATE INDEX IF NOT EXISTS ix_status_periods_detainee ON status_periods (detainee_id, threshold, valid_from);

-- The people at one facility on a date (a facility's page and counts) without reading everyone's periods.
CREATE INDEX IF NOT EXISTS ix_status_periods_facility ON status_periods (facility_id, threshold, valid_from)
  WHERE facility_id IS NOT NULL;
