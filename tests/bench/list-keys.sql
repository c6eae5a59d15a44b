-- Inputs of list.sql's third statement: the people on the first page of
-- GET /api/v1/detainees?limit=50&status=held (by name) and their "since" dates, as pgbench -D values.
-- psql variable: asof.
SELECT array_agg(id ORDER BY name, id), array_agg(since ORDER BY name, id)
FROM (
    SELECT d.id, d.name, s.since
    FROM detainees d
    JOIN status_periods s ON s.detainee_id = d.id
    WHERE d.deleted_at IS NULL AND NOT d.withheld
      AND s.threshold = 'Verified' AND s.valid_from <= :'asof' AND (s.valid_to IS NULL OR s.valid_to > :'asof')
      AND s.status = 'Held'
    ORDER BY d.name, d.id
    LIMIT 50
) page;
