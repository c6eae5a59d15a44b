using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RecordingOrganisationAndPublicationRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No backfill: who created a person was never stored. The key that entered their first
            // event is only a guess, and a wrong guess would show one organisation's restricted notes
            // to another. People already on record keep a null recording organisation, which means
            // only admins read or write their restricted fields.
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "pending_publication_requested_at",
                table: "detainees",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pending_publication_requested_by",
                table: "detainees",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "recording_organisation_id",
                table: "detainees",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_detainees_recording_organisation_id",
                table: "detainees",
                column: "recording_organisation_id");

            migrationBuilder.AddForeignKey(
                name: "fk_detainees_organisations_recording_organisation_id",
                table: "detainees",
                column: "recording_organisation_id",
                principalTable: "organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_detainees_organisations_recording_organisation_id",
                table: "detainees");

            migrationBuilder.DropIndex(
                name: "ix_detainees_recording_organisation_id",
                table: "detainees");

            migrationBuilder.DropColumn(
                name: "pending_publication_requested_at",
                table: "detainees");

            migrationBuilder.DropColumn(
                name: "pending_publication_requested_by",
                table: "detainees");

            migrationBuilder.DropColumn(
                name: "recording_organisation_id",
                table: "detainees");
        }
    }
}
