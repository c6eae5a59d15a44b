using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// Name search's folding functions get SQL-standard bodies, so that a pg_dump of the database
    /// restores (the stored search column needs them; see Sql/08_restorable_search_functions.sql).
    /// </summary>
    public partial class RestorableSearchFunctions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlScripts.Read("08_restorable_search_functions.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the functions compute the same values either way, and InitialSchema's
            // Down drops them.
        }
    }
}
