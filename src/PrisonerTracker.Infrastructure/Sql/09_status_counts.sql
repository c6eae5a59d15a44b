-- The counts read model: what every public figure adds up, kept per day so that a figure on a date
-- costs the number of days and cells it covers, not the number of people (issue: summary, breakdowns
-- and the time series at 100,000 people). Derived from status_periods and the events by the rules
-- below, rewritten with them in the same transaction, never edited by hand, and rebuilt with them
-- by rebuild_status_periods(). ADR 0020 explains the design.
--
-- Each person contributes marks: +1 on the day a status period opens, -1 on the day it closes (per
-- status, per breakdown cell for named people), +1 on the day of the first approved fact (the
-- register's n), on each day of a counted or reported release, per arrest. status_counts holds the
-- marks summed by day, status_count_totals their sum over all days: a count on a date is the total
-- minus what changed after it. "People released between a and b" counts each person once however
-- many releases they had: the release days in the window minus each person's consecutive pair of
-- release days inside it (status_count_repeats), since a person's days inside a window are a run.

-- What each person was when their marks were last written: the marks of a person are taken back
-- with the attributes they were counted under, even after the person was edited, withheld or deleted.
CREATE TABLE IF NOT EXISTS status_people (
  detainee_id uuid PRIMARY KEY,
  population text NOT NULL,            -- Named, Withheld or Deleted (a deleted person adds nothing)
  gender text NOT NULL,
  minor_at_arrest boolean NOT NULL,
  service text NOT NULL,
  nationalities text[] NOT NULL,
  region text NULL
);

-- The marks a person's events give, at each threshold (release days carry the person's previous one).
CREATE TABLE IF NOT EXISTS status_event_marks (
  detainee_id uuid NOT NULL,
  threshold text NOT NULL,
  metric text NOT NULL,                -- NamedPeople, Release, ReleaseReported, Arrest, ArrestReported
  day date NOT NULL,
  prev_day date NULL,
  delta int NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_status_event_marks_detainee ON status_event_marks (detainee_id);

-- Rows whose delta fell to zero are kept: they cost nothing in a sum, and their number is bounded by
-- the days and cells that ever had a mark. A rebuild leaves none.
CREATE TABLE IF NOT EXISTS status_counts (
  threshold text NOT NULL,
  population text NOT NULL,
  metric text NOT NULL,
  dimension text NOT NULL,             -- '' for the figure itself, else a breakdown's dimension
  key text NOT NULL,
  day date NOT NULL,
  delta bigint NOT NULL,
  PRIMARY KEY (threshold, population, dimension, metric, key, day)
);
-- Changes after a date (a figure on a date) and in a range (a time series), one dimension at a time.
CREATE INDEX IF NOT EXISTS ix_status_counts_day ON status_counts (threshold, population, dimension, day) INCLUDE (metric, key, delta);

CREATE TABLE IF NOT EXISTS status_count_totals (
  threshold text NOT NULL,
  population text NOT NULL,
  metric text NOT NULL,
  dimension text NOT NULL,
  key text NOT NULL,
  total bigint NOT NULL,
  PRIMARY KEY (threshold, population, dimension, metric, key)
);

CREATE TABLE IF NOT EXISTS status_count_repeats (
  threshold text NOT NULL,
  population text NOT NULL,
  metric text NOT NULL,
  prev_day date NOT NULL,
  day date NOT NULL,
  delta bigint NOT NULL,
  PRIMARY KEY (threshold, population, metric, prev_day, day)
);

CREATE OR REPLACE FUNCTION write_status_people(p_detainees uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO status_people (detainee_id, population, gender, minor_at_arrest, service, nationalities, region)
  SELECT d.id, CASE WHEN d.deleted_at IS NOT NULL THEN 'Deleted' WHEN d.withheld THEN 'Withheld' ELSE 'Named' END,
         d.gender, d.minor_at_arrest, d.service, d.nationalities, d.region
  FROM detainees d
  WHERE p_detainees IS NULL OR d.id IN (SELECT unnest(p_detainees));
$$;

-- The same event rules as the summary's (live: pending or approved, not deleted; counted: approved at
-- or above the threshold).
CREATE OR REPLACE FUNCTION write_status_event_marks(p_detainees uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO status_event_marks (detainee_id, threshold, metric, day, prev_day, delta)
  WITH counted AS (
    SELECT t.threshold, e.detainee_id, e.kind, e.event_date, e.review_state,
           (e.review_state = 'Approved' AND confidence_rank(e.confidence) >= confidence_rank(t.threshold)) AS counts
    FROM verification_events e
    CROSS JOIN (VALUES ('Claimed'), ('Reported'), ('Verified'), ('Confirmed')) t(threshold)
    WHERE e.deleted_at IS NULL AND e.review_state IN ('Pending', 'Approved')
      AND (p_detainees IS NULL OR e.detainee_id IN (SELECT unnest(p_detainees)))
  ),
  release_days AS (
    SELECT DISTINCT threshold, detainee_id, 'Release' AS metric, event_date FROM counted
    WHERE counts AND kind IN ('ReleasedConditional', 'ReleasedFull')
    UNION
    SELECT DISTINCT threshold, detainee_id, 'ReleaseReported', event_date FROM counted
    WHERE kind IN ('ReleasedConditional', 'ReleasedFull')
  )
  SELECT detainee_id, threshold, metric, event_date,
         lag(event_date) OVER (PARTITION BY threshold, detainee_id, metric ORDER BY event_date), 1
  FROM release_days
  UNION ALL
  SELECT detainee_id, threshold, CASE WHEN counts THEN 'Arrest' ELSE 'ArrestReported' END, event_date, NULL, count(*)::int
  FROM counted WHERE kind IN ('Arrested', 'ReArrested')
  GROUP BY detainee_id, threshold, counts, event_date
  UNION ALL
  SELECT detainee_id, threshold, 'NamedPeople', min(event_date), NULL, 1
  FROM counted WHERE review_state = 'Approved'
  GROUP BY detainee_id, threshold;
$$;

-- Every mark of these people (NULL: everyone) from what is stored for them now.
CREATE OR REPLACE FUNCTION status_marks(p_detainees uuid[])
RETURNS TABLE (threshold text, population text, metric text, dimension text, key text, day date, prev_day date, delta int)
LANGUAGE sql STABLE AS $$
  WITH people AS (
    SELECT * FROM status_people p
    WHERE p.population IN ('Named', 'Withheld') AND (p_detainees IS NULL OR p.detainee_id IN (SELECT unnest(p_detainees)))
  ),
  edges AS (
    SELECT s.threshold, p.population, s.status, s.facility_id, s.unverified_kind,
           p.gender, p.minor_at_arrest, p.service, p.nationalities, p.region, e.day, e.delta,
           CASE WHEN s.status IN ('Held', 'WhereaboutsUnknown') THEN 'Detained'
                WHEN s.status IN ('ReleasedConditional', 'ReleasedFull') THEN 'Released' END AS grp
    FROM status_periods s JOIN people p ON p.detainee_id = s.detainee_id
    CROSS JOIN LATERAL (VALUES (s.valid_from, 1), (s.valid_to, -1)) e(day, delta)
    WHERE e.day IS NOT NULL
  )
  SELECT threshold, population, status, '', '', day, NULL::date, delta FROM edges
  UNION ALL
  SELECT threshold, population, 'UnverifiedRelease', '', '', day, NULL, delta FROM edges
  WHERE grp = 'Detained' AND unverified_kind IN ('ReleasedConditional', 'ReleasedFull')
  UNION ALL
  -- Breakdowns cut named people only (docs/privacy.md); a released person is held nowhere.
  SELECT threshold, population, grp, c.dimension, c.key, day, NULL, delta
  FROM edges CROSS JOIN LATERAL (
    SELECT 'gender', gender UNION ALL SELECT 'minor', CASE WHEN minor_at_arrest THEN 'true' ELSE 'false' END
    UNION ALL SELECT 'service', service
    UNION ALL SELECT 'region', CASE WHEN region IS NULL OR region ~ '^\s*$' THEN 'unknown' ELSE region END
    UNION ALL SELECT 'nationality', n FROM unnest(CASE WHEN cardinality(nationalities) = 0 THEN ARRAY['unknown'] ELSE nationalities END) n
    UNION ALL SELECT 'facility', COALESCE(facility_id::text, 'unknown') WHERE grp = 'Detained'
  ) c(dimension, key)
  WHERE population = 'Named' AND grp IS NOT NULL
  UNION ALL
  SELECT m.threshold, p.population, m.metric, '', '', m.day, m.prev_day, m.delta
  FROM status_event_marks m JOIN people p ON p.detainee_id = m.detainee_id;
$$;

-- Adds (p_sign 1) or takes back (-1) the marks of these people.
CREATE OR REPLACE FUNCTION apply_status_marks(p_detainees uuid[], p_sign int) RETURNS void
LANGUAGE sql AS $$
  WITH m AS MATERIALIZED (SELECT * FROM status_marks(p_detainees)),
  days AS (
    INSERT INTO status_counts AS c (threshold, population, metric, dimension, key, day, delta)
    SELECT threshold, population, metric, dimension, key, day, p_sign * sum(delta) FROM m
    GROUP BY threshold, population, metric, dimension, key, day
    ON CONFLICT (threshold, population, dimension, metric, key, day) DO UPDATE SET delta = c.delta + excluded.delta
  ),
  totals AS (
    INSERT INTO status_count_totals AS c (threshold, population, metric, dimension, key, total)
    SELECT threshold, population, metric, dimension, key, p_sign * sum(delta) FROM m
    GROUP BY threshold, population, metric, dimension, key
    ON CONFLICT (threshold, population, dimension, metric, key) DO UPDATE SET total = c.total + excluded.total
  )
  INSERT INTO status_count_repeats AS c (threshold, population, metric, prev_day, day, delta)
  SELECT threshold, population, metric, prev_day, day, p_sign * sum(delta) FROM m WHERE prev_day IS NOT NULL
  GROUP BY threshold, population, metric, prev_day, day
  ON CONFLICT (threshold, population, metric, prev_day, day) DO UPDATE SET delta = c.delta + excluded.delta;
$$;

-- The register's write lock: the counts are shared by every person, so their writers take turns. The
-- audit chain takes the same lock (Auditing/AuditChain.cs), and every audited write holds it until it
-- commits: one lock for both, so a writer of the chain and a writer of the counts never deadlock.
CREATE OR REPLACE FUNCTION lock_register_writes() RETURNS void
LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(22610637716998484) $$;

CREATE OR REPLACE FUNCTION refresh_status_periods(p_detainees uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(p_detainees), 0) = 0 THEN RETURN; END IF;
  -- Once it holds the lock, each statement below sees the other writers' committed events.
  PERFORM lock_register_writes();
  PERFORM apply_status_marks(p_detainees, -1);
  DELETE FROM status_periods WHERE detainee_id IN (SELECT unnest(p_detainees));
  DELETE FROM status_event_marks WHERE detainee_id IN (SELECT unnest(p_detainees));
  DELETE FROM status_people WHERE detainee_id IN (SELECT unnest(p_detainees));
  PERFORM write_status_periods(p_detainees);
  PERFORM write_status_people(p_detainees);
  PERFORM write_status_event_marks(p_detainees);
  PERFORM apply_status_marks(p_detainees, 1);
END $$;

-- A person edited, withheld, published, deleted or restored: the same marks under the new attributes.
CREATE OR REPLACE FUNCTION refresh_status_people(p_detainees uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(p_detainees), 0) = 0 THEN RETURN; END IF;
  PERFORM lock_register_writes();
  PERFORM apply_status_marks(p_detainees, -1);
  DELETE FROM status_people WHERE detainee_id IN (SELECT unnest(p_detainees));
  PERFORM write_status_people(p_detainees);
  PERFORM apply_status_marks(p_detainees, 1);
END $$;

CREATE OR REPLACE FUNCTION rebuild_status_periods() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  PERFORM lock_register_writes();
  LOCK TABLE status_periods IN EXCLUSIVE MODE;
  DELETE FROM status_periods;
  DELETE FROM status_event_marks;
  DELETE FROM status_people;
  DELETE FROM status_counts;
  DELETE FROM status_count_totals;
  DELETE FROM status_count_repeats;
  n := write_status_periods(NULL);
  PERFORM write_status_people(NULL);
  PERFORM write_status_event_marks(NULL);
  PERFORM apply_status_marks(NULL, 1);
  RETURN n;
END $$;

CREATE OR REPLACE FUNCTION status_counts_follow_people() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- An import refreshes its people once before committing (ImportCommit).
  IF current_setting('tracker.status_refresh', true) = 'deferred' THEN RETURN NULL; END IF;
  PERFORM refresh_status_people(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.withheld, n.deleted_at IS NULL, n.gender, n.minor_at_arrest, n.service, n.nationalities, n.region)
          IS DISTINCT FROM (o.withheld, o.deleted_at IS NULL, o.gender, o.minor_at_arrest, o.service, o.nationalities, o.region)));
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS status_counts_on_people ON detainees;
CREATE TRIGGER status_counts_on_people AFTER UPDATE ON detainees
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION status_counts_follow_people();

-- A figure on a date: the total minus what changed after the date. p_dimensions adds the breakdown cells.
CREATE OR REPLACE FUNCTION status_counts_on(p_threshold text, p_population text, p_day date, p_dimensions boolean)
RETURNS TABLE (metric text, dimension text, key text, count bigint)
LANGUAGE sql STABLE AS $$
  SELECT t.metric, t.dimension, t.key, t.total - COALESCE(later.delta, 0)
  FROM status_count_totals t
  LEFT JOIN (
    SELECT c.metric, c.dimension, c.key, sum(c.delta) AS delta FROM status_counts c
    WHERE c.threshold = p_threshold AND c.population = p_population AND c.day > p_day
      -- Every dimension status_marks writes, named: each is a range of the index on days.
      AND c.dimension = ANY (CASE WHEN p_dimensions THEN ARRAY['', 'gender', 'minor', 'service', 'region', 'nationality', 'facility']
                                  ELSE ARRAY[''] END)
    GROUP BY c.metric, c.dimension, c.key
  ) later ON later.metric = t.metric AND later.dimension = t.dimension AND later.key = t.key
  WHERE t.threshold = p_threshold AND t.population = p_population AND (p_dimensions OR t.dimension = '');
$$;

-- People (release metrics) or events (arrest metrics) with a mark from p_from (NULL: the beginning) to p_to.
CREATE OR REPLACE FUNCTION status_count_between(p_threshold text, p_population text, p_metric text, p_from date, p_to date)
RETURNS bigint
LANGUAGE sql STABLE AS $$
  SELECT COALESCE((SELECT sum(delta) FROM status_counts
                   WHERE threshold = p_threshold AND population = p_population AND dimension = '' AND metric = p_metric AND key = ''
                     AND day >= COALESCE(p_from, '-infinity'::date) AND day <= p_to), 0)
       - COALESCE((SELECT sum(delta) FROM status_count_repeats
                   WHERE threshold = p_threshold AND population = p_population AND metric = p_metric
                     AND prev_day >= COALESCE(p_from, '-infinity'::date) AND day <= p_to), 0);
$$;
