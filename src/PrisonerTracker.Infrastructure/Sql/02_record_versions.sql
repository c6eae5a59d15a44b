-- Earlier versions of the records that public figures are computed from, so that a figure can be
-- reproduced as it was known at any instant (knownAt). An update keeps the row as it was, valid
-- from its updated_at until the new updated_at (the application's clock stamps both). Rows are
-- kept as jsonb so that a later column is simply absent from older versions.
CREATE TABLE IF NOT EXISTS record_versions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  table_name text NOT NULL,
  record_id uuid NOT NULL,
  valid_from timestamptz NOT NULL,
  valid_to timestamptz NOT NULL,
  row jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_record_versions_table_valid ON record_versions (table_name, valid_to, valid_from);

CREATE OR REPLACE FUNCTION keep_record_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.updated_at > OLD.updated_at THEN
    INSERT INTO record_versions (table_name, record_id, valid_from, valid_to, row)
    VALUES (TG_TABLE_NAME, OLD.id, OLD.updated_at, NEW.updated_at, to_jsonb(OLD));
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS keep_version ON detainees;
CREATE TRIGGER keep_version AFTER UPDATE ON detainees
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION keep_record_version();
DROP TRIGGER IF EXISTS keep_version ON verification_events;
CREATE TRIGGER keep_version AFTER UPDATE ON verification_events
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION keep_record_version();
DROP TRIGGER IF EXISTS keep_version ON announcements;
CREATE TRIGGER keep_version AFTER UPDATE ON announcements
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION keep_record_version();
