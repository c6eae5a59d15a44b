using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// Committed changes notify listeners (cache eviction). The status rule moves into one SQL file (as periods per person), the status read model is
    /// kept by triggers in the write transaction, and earlier versions of detainees, events and
    /// announcements are kept for knownAt. The SQL lives in <c>Sql/*.sql</c>, run here in order.
    /// </summary>
    public partial class StatusReadModelAndVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The files as they are now: a later change to one of them comes with a migration that runs it again.
            string[] files = ["01_status_rules.sql", "02_record_versions.sql", "03_known_at.sql",
                "04_detainee_status_periods.sql", "05_status_read_model.sql", "06_change_notifications.sql"];
            foreach (var file in files) migrationBuilder.Sql(SqlScripts.Read(file));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$ DECLARE t text; BEGIN
                  FOREACH t IN ARRAY ARRAY['detainees', 'verification_events', 'announcements', 'facilities', 'organisations',
                                           'sources', 'event_sources', 'announcement_sources', 'announcement_detainees', 'deletions']
                  LOOP EXECUTE format('DROP TRIGGER IF EXISTS notify_data_changed ON %I', t); END LOOP; END $$;
                DROP FUNCTION IF EXISTS notify_data_changed();
                DROP TRIGGER IF EXISTS status_periods_on_insert ON verification_events;
                DROP TRIGGER IF EXISTS status_periods_on_update ON verification_events;
                DROP TRIGGER IF EXISTS status_periods_on_delete ON verification_events;
                DROP FUNCTION IF EXISTS status_periods_follow_events();
                DROP FUNCTION IF EXISTS rebuild_status_periods();
                DROP FUNCTION IF EXISTS refresh_status_periods(uuid[]);
                DROP FUNCTION IF EXISTS write_status_periods(uuid[]);
                DROP TABLE IF EXISTS status_periods;
                DROP FUNCTION IF EXISTS detainee_status_on(date, text, timestamptz);
                DROP FUNCTION IF EXISTS detainee_status_periods(text, timestamptz, uuid[]);
                DROP FUNCTION IF EXISTS verification_events_known_at(timestamptz);
                DROP FUNCTION IF EXISTS detainees_known_at(timestamptz);
                DROP FUNCTION IF EXISTS announcements_known_at(timestamptz);
                DROP TRIGGER IF EXISTS keep_version ON detainees;
                DROP TRIGGER IF EXISTS keep_version ON verification_events;
                DROP TRIGGER IF EXISTS keep_version ON announcements;
                DROP FUNCTION IF EXISTS keep_record_version();
                DROP TABLE IF EXISTS record_versions;
                """);
            migrationBuilder.Sql(FacilityFollowsCurrentDetention.StatusOnFunction);
        }
    }
}
