-- Every committed change to what the public reads sends one notification on 'tracker_data_changed'
-- (PostgreSQL delivers it at commit, once per transaction and table). Each app instance listens and
-- evicts its cached public answers: a write through any instance, a command or plain SQL shows at once.
CREATE OR REPLACE FUNCTION notify_data_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tracker_data_changed', TG_TABLE_NAME);
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['detainees', 'verification_events', 'announcements', 'facilities', 'organisations',
                           'sources', 'event_sources', 'announcement_sources', 'announcement_detainees', 'deletions']
  LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS notify_data_changed ON %I', t);
    EXECUTE format('CREATE TRIGGER notify_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed()', t);
  END LOOP;
END $$;
