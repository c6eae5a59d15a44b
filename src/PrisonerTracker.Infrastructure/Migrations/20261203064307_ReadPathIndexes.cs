using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// Indexes that let a page of the list and a facility's people cost what they show: people in name
    /// order, and status periods by person and by facility (Sql/07_read_path_indexes.sql).
    /// </summary>
    public partial class ReadPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_detainees_name_id",
                table: "detainees",
                columns: new[] { "name", "id" },
                filter: "deleted_at IS NULL");
            migrationBuilder.Sql(SqlScripts.Read("07_read_path_indexes.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_status_periods_facility;
                DROP INDEX IF EXISTS ix_status_periods_detainee;
                CREATE INDEX ix_status_periods_detainee ON status_periods (detainee_id);
                """);
            migrationBuilder.DropIndex(
                name: "ix_detainees_name_id",
                table: "detainees");
        }
    }
}
