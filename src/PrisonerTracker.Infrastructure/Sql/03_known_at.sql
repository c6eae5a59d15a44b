-- Each table as it was known at an instant: the current row if it had not changed since, else the
-- version in force then; rows entered later are absent. A NULL instant means now (the current rows).
-- Soft-deleted rows come back when the deletion came later: their version then had no deleted_at.
CREATE OR REPLACE FUNCTION verification_events_known_at(p_known_at timestamptz)
RETURNS SETOF verification_events LANGUAGE sql STABLE AS $$
  SELECT * FROM verification_events WHERE p_known_at IS NULL OR updated_at <= p_known_at
  UNION ALL
  SELECT r.* FROM record_versions v, jsonb_populate_record(NULL::verification_events, v.row) r
  WHERE p_known_at IS NOT NULL AND v.table_name = 'verification_events'
    AND v.valid_to > p_known_at AND v.valid_from <= p_known_at
$$;

-- A person withheld now counts as withheld at every earlier instant too: a reproduction never shows
-- by name someone a family has since asked to withhold (docs/privacy.md).
CREATE OR REPLACE FUNCTION detainees_known_at(p_known_at timestamptz)
RETURNS SETOF detainees LANGUAGE sql STABLE AS $$
  SELECT r.*
  FROM (SELECT * FROM detainees WHERE p_known_at IS NULL OR updated_at <= p_known_at
        UNION ALL
        SELECT v.* FROM record_versions h, jsonb_populate_record(NULL::detainees, h.row) v
        WHERE p_known_at IS NOT NULL AND h.table_name = 'detainees'
          AND h.valid_to > p_known_at AND h.valid_from <= p_known_at) d
  JOIN detainees now ON now.id = d.id,
  LATERAL jsonb_populate_record(NULL::detainees, to_jsonb(d) || jsonb_build_object('withheld', d.withheld OR now.withheld)) r
$$;

CREATE OR REPLACE FUNCTION announcements_known_at(p_known_at timestamptz)
RETURNS SETOF announcements LANGUAGE sql STABLE AS $$
  SELECT * FROM announcements WHERE p_known_at IS NULL OR updated_at <= p_known_at
  UNION ALL
  SELECT r.* FROM record_versions v, jsonb_populate_record(NULL::announcements, v.row) r
  WHERE p_known_at IS NOT NULL AND v.table_name = 'announcements'
    AND v.valid_to > p_known_at AND v.valid_from <= p_known_at
$$;
