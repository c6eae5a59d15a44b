-- The SQL GET /api/v1/detainees?limit=50&status=held sends for an anonymous reader, as EF Core
-- logs it (the page of 50 plus one, then the events behind each row's "since" date; no count
-- unless the client asks with includeTotal=true).
-- Variables (set by tests/bench/run.sh with pgbench -D): threshold, asof (the app's today), statuses,
-- page_plus_one (51) and ids (the page's people, which the app passes to the second statement).

SELECT d.id AS "Id", d.name AS "Name", d.name_variants AS "NameVariants", d.gender AS "Gender", d.minor_at_arrest AS "MinorAtArrest", d.nationalities AS "Nationalities", d.service AS "Service", d.occupation AS "Occupation", d.region AS "Region", d.charges AS "Charges", d.sentence AS "Sentence", d.release_conditions AS "ReleaseConditions", d.withheld AS "Withheld", COALESCE(p.status, 'NotHeld') AS "Status", p.since AS "Since", p.facility_id AS "FacilityId", f0.name AS "FacilityName", p.unverified_kind AS "UnverifiedKind", p.unverified_date AS "UnverifiedDate", CASE
        WHEN (
            SELECT max(v.updated_at)
            FROM verification_events AS v
            WHERE v.deleted_at IS NULL AND v.detainee_id = d.id) IS NOT NULL AND (
            SELECT max(v0.updated_at)
            FROM verification_events AS v0
            WHERE v0.deleted_at IS NULL AND v0.detainee_id = d.id) > d.updated_at THEN (
            SELECT max(v1.updated_at)
            FROM verification_events AS v1
            WHERE v1.deleted_at IS NULL AND v1.detainee_id = d.id)
        ELSE d.updated_at
    END AS "UpdatedAt"
    FROM detainees AS d
    LEFT JOIN (
        SELECT s.detainee_id, s.status, s.since, s.facility_id, s.unverified_kind, s.unverified_date
        FROM status_periods s
        WHERE s.threshold = :threshold AND s.valid_from <= :asof AND (s.valid_to IS NULL OR s.valid_to > :asof)
    ) AS p ON d.id = p.detainee_id
    LEFT JOIN (
        SELECT f.id, f.name
        FROM facilities AS f
        WHERE f.deleted_at IS NULL
    ) AS f0 ON p.facility_id = f0.id
    WHERE d.deleted_at IS NULL AND NOT (d.withheld) AND COALESCE(p.status, 'NotHeld') = ANY (:statuses)
    ORDER BY d.name, d.id
    LIMIT :page_plus_one;

SELECT v.detainee_id AS "DetaineeId", v.event_date AS "EventDate", v.date_precision AS "DatePrecision", v.date_approximate AS "DateApproximate", v.entered_at AS "EnteredAt", v.id AS "Id"
    FROM verification_events AS v
    WHERE v.deleted_at IS NULL AND v.detainee_id = ANY (:ids) AND v.review_state = 'Approved';
