-- THE status rule in SQL (the C# twin is PrisonerTracker.Domain.Status.StatusRules; a test compares
-- them on random histories). Each person's status as a step function of the date: one period per
-- date that has events, from that date until the next. Within a person, events are ordered by date,
-- entry time and id. The latest counted event (approved, at or above the threshold) gives the status
-- and its "since"; the facility is the latest counted one since the current detention began; when
-- the person's latest event does not count (pending, or below the threshold), it is carried as the
-- "unverified" event. Only live events (pending or approved) are read: rejected, unverifiable,
-- superseded and deleted events are ignored. Whether the person is deleted or
-- withheld is the caller's business (the population).
-- p_known_at: use the events as they were known at that instant (NULL: as known now).
-- p_detainees: only these people (NULL: everyone).
DROP FUNCTION IF EXISTS detainee_status_on(date, text);
DROP FUNCTION IF EXISTS detainee_status_on(date, text, timestamptz);
DROP FUNCTION IF EXISTS detainee_status_periods(text, timestamptz, uuid[]);
CREATE FUNCTION detainee_status_periods(p_min_confidence text, p_known_at timestamptz DEFAULT NULL, p_detainees uuid[] DEFAULT NULL)
RETURNS TABLE (detainee_id uuid, valid_from date, valid_to date, status text, since date, facility_id uuid,
               unverified_event_id uuid, unverified_kind text, unverified_date date)
LANGUAGE sql STABLE AS $$
  WITH live AS (
    SELECT e.id, e.detainee_id, e.kind, e.event_date, e.entered_at, e.facility_id,
           (e.review_state = 'Approved' AND confidence_rank(e.confidence) >= confidence_rank(p_min_confidence)) AS counts
    FROM verification_events_known_at(p_known_at) e
    WHERE e.deleted_at IS NULL AND e.review_state IN ('Pending', 'Approved')
      AND (p_detainees IS NULL OR e.detainee_id IN (SELECT unnest(p_detainees)))
  ),
  runs AS (
    -- Running counts number the stretches that one counted event (or detention start) opens.
    SELECT live.*,
           count(*) FILTER (WHERE counts) OVER w AS counted_run,
           count(*) FILTER (WHERE counts AND kind IN ('Arrested', 'ReArrested')) OVER w AS detention_run,
           row_number() OVER (PARTITION BY detainee_id, event_date ORDER BY entered_at DESC, id DESC) AS day_rank
    FROM live
    WINDOW w AS (PARTITION BY detainee_id ORDER BY event_date, entered_at, id ROWS UNBOUNDED PRECEDING)
  ),
  located AS (
    SELECT runs.*,
           count(*) FILTER (WHERE counts AND facility_id IS NOT NULL) OVER (PARTITION BY detainee_id, detention_run
             ORDER BY event_date, entered_at, id ROWS UNBOUNDED PRECEDING) AS located_run
    FROM runs
  ),
  states AS (
    -- The first row of each stretch is the event that opened it.
    SELECT located.*,
           first_value(kind) OVER (PARTITION BY detainee_id, counted_run ORDER BY event_date, entered_at, id) AS counted_kind,
           first_value(event_date) OVER (PARTITION BY detainee_id, counted_run ORDER BY event_date, entered_at, id) AS counted_date,
           first_value(facility_id) OVER (PARTITION BY detainee_id, detention_run, located_run
             ORDER BY event_date, entered_at, id) AS located_facility
    FROM located
  )
  SELECT s.detainee_id, s.event_date,
         lead(s.event_date) OVER (PARTITION BY s.detainee_id ORDER BY s.event_date),
         CASE WHEN s.counted_run = 0 THEN 'NotHeld' ELSE status_after(s.counted_kind) END,
         CASE WHEN s.counted_run > 0 THEN s.counted_date END,
         CASE WHEN s.counted_run > 0 AND s.located_run > 0
                   AND status_after(s.counted_kind) IN ('Held', 'WhereaboutsUnknown') THEN s.located_facility END,
         CASE WHEN NOT s.counts THEN s.id END,
         CASE WHEN NOT s.counts THEN s.kind END,
         CASE WHEN NOT s.counts THEN s.event_date END
  FROM states s
  WHERE s.day_rank = 1
$$;

-- Everyone's status on one date: the period that contains it.
CREATE FUNCTION detainee_status_on(p_as_of date, p_min_confidence text, p_known_at timestamptz DEFAULT NULL)
RETURNS TABLE (detainee_id uuid, status text, since date, facility_id uuid,
               unverified_event_id uuid, unverified_kind text, unverified_date date)
LANGUAGE sql STABLE AS $$
  SELECT p.detainee_id, p.status, p.since, p.facility_id, p.unverified_event_id, p.unverified_kind, p.unverified_date
  FROM detainee_status_periods(p_min_confidence, p_known_at) p
  WHERE p.valid_from <= p_as_of AND (p.valid_to IS NULL OR p.valid_to > p_as_of)
$$;
