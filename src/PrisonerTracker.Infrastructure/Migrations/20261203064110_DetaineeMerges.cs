using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DetaineeMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "detainee_merges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kept_id = table.Column<Guid>(type: "uuid", nullable: false),
                    merged_id = table.Column<Guid>(type: "uuid", nullable: false),
                    moved_event_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    added_name_variants = table.Column<string[]>(type: "text[]", nullable: false),
                    announcement_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    announcements_naming_kept = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    withheld_kept = table.Column<bool>(type: "boolean", nullable: false),
                    merged_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    merged_by_id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    merged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    undone_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    undone_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_detainee_merges", x => x.id);
                    table.ForeignKey(
                        name: "fk_detainee_merges_detainees_kept_id",
                        column: x => x.kept_id,
                        principalTable: "detainees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_detainee_merges_detainees_merged_id",
                        column: x => x.merged_id,
                        principalTable: "detainees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_detainee_merges_kept_id",
                table: "detainee_merges",
                column: "kept_id");

            migrationBuilder.CreateIndex(
                name: "ix_detainee_merges_merged_id",
                table: "detainee_merges",
                column: "merged_id");

            migrationBuilder.CreateIndex(
                name: "ix_detainee_merges_updated_at_id",
                table: "detainee_merges",
                columns: new[] { "updated_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "detainee_merges");
        }
    }
}
