using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// "At least N" claims were stored with N as their high end too, which read as "exactly N"
    /// to anyone using the bounds. They have no upper bound.
    /// </summary>
    public partial class AtLeastClaimsHaveNoUpperBound : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) =>
            // updated_at moves too: caches (ETags) and mirrors syncing with updatedSince must see the change.
            migrationBuilder.Sql("UPDATE announcements SET claimed_high = NULL, updated_at = now() WHERE number_qualifier = 'AtLeast';");

        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE announcements SET claimed_high = claimed_low, updated_at = now() WHERE number_qualifier = 'AtLeast';");
    }
}
