using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// Review outcomes beyond approve/reject (unverifiable, superseded by a correction), the reviewer's reason,
    /// corrections, confirmations by a second organisation, and the author's organisation (whose reviewers
    /// see the fact while pending; filled in for events entered by staff accounts). The status rule reads
    /// only live events now, so its SQL file runs again (ADR 13).
    /// </summary>
    public partial class FactReviewOutcomesAndCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "corrects_event_id",
                table: "verification_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "corroborated_by_event_id",
                table: "verification_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "entered_by_organisation_id",
                table: "verification_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_reason",
                table: "verification_events",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_corrects_event_id",
                table: "verification_events",
                column: "corrects_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_entered_by_organisation_id_review_state",
                table: "verification_events",
                columns: new[] { "entered_by_organisation_id", "review_state" });

            migrationBuilder.Sql("""
                UPDATE verification_events e SET entered_by_organisation_id = u.organisation_id
                FROM staff_users u WHERE e.entered_by_id = 'user:' || u.id::text;
                """);
            migrationBuilder.Sql(SqlScripts.Read("04_detainee_status_periods.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_verification_events_corrects_event_id",
                table: "verification_events");

            migrationBuilder.DropIndex(
                name: "ix_verification_events_entered_by_organisation_id_review_state",
                table: "verification_events");

            migrationBuilder.DropColumn(
                name: "corrects_event_id",
                table: "verification_events");

            migrationBuilder.DropColumn(
                name: "corroborated_by_event_id",
                table: "verification_events");

            migrationBuilder.DropColumn(
                name: "entered_by_organisation_id",
                table: "verification_events");

            migrationBuilder.DropColumn(
                name: "review_reason",
                table: "verification_events");
        }
    }
}
