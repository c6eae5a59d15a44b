-- Name search's folding, with SQL-standard bodies (RETURN …) instead of quoted strings. PostgreSQL
-- parses such a body when the function is created: the functions it calls are bound then (not looked
-- up on the search_path at each call) and recorded as dependencies. pg_dump therefore creates
-- tracker_fold before tracker_search_text and both before the detainees table whose stored column
-- uses them, and pg_restore (which runs with an empty search_path) can rebuild that column.
-- With string bodies a restore failed: "function tracker_fold(text) does not exist".
-- Same results as before: the stored search_text values do not change.

CREATE OR REPLACE FUNCTION tracker_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN lower(public.unaccent('public.unaccent'::regdictionary, coalesce(t, '')));

CREATE OR REPLACE FUNCTION tracker_search_text(name text, variants text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (SELECT f || ' ' || replace(f, ' ', '')
        FROM (SELECT tracker_fold(name || ' ' || coalesce(array_to_string(variants, ' '), '')) AS f) folded);
