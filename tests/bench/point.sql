-- The SQL GET /api/v1/detainees/{id} sends for an anonymous reader, as EF Core logs it
-- (the person, their events with sources, the announcements naming them).
-- Variable (set by tests/bench/run.sh with pgbench -D): id.

SELECT d.id AS "Id", d.name AS "Name", d.name_variants AS "NameVariants", d.gender AS "Gender", d.minor_at_arrest AS "MinorAtArrest", d.nationalities AS "Nationalities", d.service AS "Service", d.occupation AS "Occupation", d.region AS "Region", d.arresting_agency AS "ArrestingAgency", d.charges AS "Charges", d.sentence AS "Sentence", d.release_conditions AS "ReleaseConditions", d.withheld AS "Withheld", d.updated_at AS "UpdatedAt", d.xmin AS "Version", d.recording_organisation_id AS "RecordingOrganisationId", d.pending_publication_requested_at, d.pending_publication_requested_by, d.pending_publication_requested_by_id, (
        SELECT o.name
        FROM organisations AS o
        WHERE o.deleted_at IS NULL AND o.id = d.recording_organisation_id
        LIMIT 1) AS "RecordingOrganisationName"
    FROM detainees AS d
    WHERE d.deleted_at IS NULL AND NOT (d.withheld) AND d.id = :id
    LIMIT 2;

SELECT v.id, v.detainee_id, d0.name, v.kind, v.event_date, v.date_precision, v.date_approximate, v.confidence, v.review_state, v.entered_at, v.facility_id, f0.name, v.reporting_organisation_id, o0.name, v.announcement_id, v.conditions, v.notes, d0.id, f0.id, o0.id, v1.id, o2.id, s1.c, s1.url, s1.publisher, s1.published_on, s1.language, s1.sources_id, s1.verification_event_id, s1.id, v.updated_at, v.entered_by, v.reviewed_by, v.entered_by_id, v.corrects_event_id, v.review_reason, o2.id IS NULL, o2.name
    FROM verification_events AS v
    INNER JOIN (
        SELECT d.id, d.name
        FROM detainees AS d
        WHERE d.deleted_at IS NULL
    ) AS d0 ON v.detainee_id = d0.id
    LEFT JOIN (
        SELECT f.id, f.name
        FROM facilities AS f
        WHERE f.deleted_at IS NULL
    ) AS f0 ON v.facility_id = f0.id
    LEFT JOIN (
        SELECT o.id, o.name
        FROM organisations AS o
        WHERE o.deleted_at IS NULL
    ) AS o0 ON v.reporting_organisation_id = o0.id
    LEFT JOIN (
        SELECT v0.id, v0.reporting_organisation_id
        FROM verification_events AS v0
        WHERE v0.deleted_at IS NULL
    ) AS v1 ON v.corroborated_by_event_id = v1.id
    LEFT JOIN (
        SELECT o1.id, o1.name
        FROM organisations AS o1
        WHERE o1.deleted_at IS NULL
    ) AS o2 ON v1.reporting_organisation_id = o2.id
    LEFT JOIN (
        SELECT COALESCE(s0.document_name, s0.url) AS c, s0.url, s0.publisher, s0.published_on, s0.language, e.sources_id, e.verification_event_id, s0.id
        FROM event_sources AS e
        INNER JOIN (
            SELECT s.id, s.document_name, s.language, s.published_on, s.publisher, s.url
            FROM sources AS s
            WHERE s.deleted_at IS NULL
        ) AS s0 ON e.sources_id = s0.id
    ) AS s1 ON v.id = s1.verification_event_id
    WHERE v.deleted_at IS NULL AND v.detainee_id = :id
    ORDER BY v.id, d0.id, f0.id, o0.id, v1.id, o2.id, s1.published_on, s1.id, s1.sources_id;

SELECT a.id AS "Id", a.date AS "Date", a.speaker AS "Speaker", o0.name AS "Organisation", a.claim AS "Claim", a.claimed_high, a.claimed_low, a.number_qualifier
    FROM announcements AS a
    INNER JOIN (
        SELECT o.id, o.name
        FROM organisations AS o
        WHERE o.deleted_at IS NULL
    ) AS o0 ON a.organisation_id = o0.id
    WHERE a.deleted_at IS NULL AND EXISTS (
        SELECT 1
        FROM announcement_detainees AS a0
        INNER JOIN (
            SELECT d.id
            FROM detainees AS d
            WHERE d.deleted_at IS NULL
        ) AS d0 ON a0.named_detainees_id = d0.id
        WHERE a.id = a0.announcement_id AND d0.id = :id)
    ORDER BY a.date, a.id;
