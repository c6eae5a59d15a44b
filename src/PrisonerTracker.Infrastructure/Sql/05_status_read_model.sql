-- The status read model: every person's status periods at each confidence threshold, as
-- detainee_status_periods derives them from the events known now. Never edited by hand: the
-- triggers below rewrite a person's periods in the same transaction as any change to their events
-- (insert, review, deletion, merge, import), and rebuild_status_periods() recomputes it all.
CREATE TABLE IF NOT EXISTS status_periods (
  detainee_id uuid NOT NULL,
  threshold text NOT NULL,
  valid_from date NOT NULL,
  valid_to date NULL,
  status text NOT NULL,
  since date NULL,
  facility_id uuid NULL,
  unverified_event_id uuid NULL,
  unverified_kind text NULL,
  unverified_date date NULL,
  PRIMARY KEY (threshold, detainee_id, valid_from)
);
CREATE INDEX IF NOT EXISTS ix_status_periods_current ON status_periods (threshold, status) INCLUDE (detainee_id, facility_id)
  WHERE valid_to IS NULL;
CREATE INDEX IF NOT EXISTS ix_status_periods_dates ON status_periods (threshold, valid_from, valid_to);
CREATE INDEX IF NOT EXISTS ix_status_periods_detainee ON status_periods (detainee_id);

-- Writes the periods of these people (NULL: everyone) at every threshold; the callers delete first.
CREATE OR REPLACE FUNCTION write_status_periods(p_detainees uuid[]) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  INSERT INTO status_periods (detainee_id, threshold, valid_from, valid_to, status, since, facility_id,
                              unverified_event_id, unverified_kind, unverified_date)
  SELECT p.detainee_id, t.threshold, p.valid_from, p.valid_to, p.status, p.since, p.facility_id,
         p.unverified_event_id, p.unverified_kind, p.unverified_date
  FROM (VALUES ('Claimed'), ('Reported'), ('Verified'), ('Confirmed')) t(threshold),
       LATERAL detainee_status_periods(t.threshold, NULL, p_detainees) p;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

CREATE OR REPLACE FUNCTION refresh_status_periods(p_detainees uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(p_detainees), 0) = 0 THEN RETURN; END IF;
  -- One writer per person at a time; the statements below then see the other writer's committed events.
  -- A large batch (an import) locks the whole table instead: one lock per person would overflow the lock table.
  IF cardinality(p_detainees) > 1000 THEN
    LOCK TABLE status_periods IN EXCLUSIVE MODE;
  ELSE
    PERFORM pg_advisory_xact_lock(hashtextextended(d::text, 20260)) FROM (SELECT DISTINCT unnest(p_detainees) d ORDER BY 1) ids;
  END IF;
  DELETE FROM status_periods WHERE detainee_id IN (SELECT unnest(p_detainees));
  PERFORM write_status_periods(p_detainees);
END $$;

CREATE OR REPLACE FUNCTION rebuild_status_periods() RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE status_periods IN EXCLUSIVE MODE;
  DELETE FROM status_periods;
  RETURN write_status_periods(NULL);
END $$;

CREATE OR REPLACE FUNCTION status_periods_follow_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- A CSV import inserts its events one statement each; it sets this for its own transaction and
  -- refreshes all its people once before committing (ImportCommit), instead of once per statement.
  IF current_setting('tracker.status_refresh', true) = 'deferred' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_status_periods(ARRAY(SELECT DISTINCT detainee_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_status_periods(ARRAY(SELECT DISTINCT detainee_id FROM old_rows));
  ELSE
    -- A merge moves events between people: both the old and the new owner change.
    PERFORM refresh_status_periods(ARRAY(
      SELECT n.detainee_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.kind, n.event_date, n.entered_at, n.facility_id, n.confidence, n.review_state, n.deleted_at, n.detainee_id)
            IS DISTINCT FROM (o.kind, o.event_date, o.entered_at, o.facility_id, o.confidence, o.review_state, o.deleted_at, o.detainee_id)
      UNION SELECT o.detainee_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.detainee_id <> o.detainee_id));
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS status_periods_on_insert ON verification_events;
CREATE TRIGGER status_periods_on_insert AFTER INSERT ON verification_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION status_periods_follow_events();
DROP TRIGGER IF EXISTS status_periods_on_update ON verification_events;
CREATE TRIGGER status_periods_on_update AFTER UPDATE ON verification_events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION status_periods_follow_events();
DROP TRIGGER IF EXISTS status_periods_on_delete ON verification_events;
CREATE TRIGGER status_periods_on_delete AFTER DELETE ON verification_events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION status_periods_follow_events();

SELECT rebuild_status_periods();
