using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// How precisely a source dates a fact (Day, Month, Year). Every fact recorded so far was
    /// entered as a day, so existing rows (and bulk loads that do not name the column) get Day.
    /// </summary>
    public partial class EventDatePrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "date_precision",
                table: "verification_events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "date_precision",
                table: "verification_events");
        }
    }
}
