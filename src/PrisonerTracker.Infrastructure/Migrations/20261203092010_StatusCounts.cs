using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// The counts read model (Sql/09_status_counts.sql): daily marks of every figure, kept with the
    /// status periods in the write transaction, filled here by a rebuild from the events.
    /// </summary>
    public partial class StatusCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlScripts.Read("09_status_counts.sql"));
            migrationBuilder.Sql("SELECT rebuild_status_periods();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS status_counts_on_people ON detainees;
                DROP FUNCTION IF EXISTS status_counts_follow_people();
                DROP FUNCTION IF EXISTS status_count_between(text, text, text, date, date);
                DROP FUNCTION IF EXISTS status_counts_on(text, text, date, boolean);
                DROP FUNCTION IF EXISTS refresh_status_people(uuid[]);
                DROP FUNCTION IF EXISTS apply_status_marks(uuid[], int);
                DROP FUNCTION IF EXISTS status_marks(uuid[]);
                DROP FUNCTION IF EXISTS write_status_event_marks(uuid[]);
                DROP FUNCTION IF EXISTS write_status_people(uuid[]);
                DROP TABLE IF EXISTS status_count_repeats, status_count_totals, status_counts, status_event_marks, status_people;
                """);
            // The periods' own maintenance as it was (the audit chain keeps using lock_register_writes()).
            migrationBuilder.Sql(SqlScripts.Read("05_status_read_model.sql"));
        }
    }
}
