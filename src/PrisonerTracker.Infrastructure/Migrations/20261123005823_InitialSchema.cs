using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            // Name search folds case and accents, and also matches names written without spaces
            // ("rocío sanmiguel"). Declared immutable so it can feed a stored column and a trigram index.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION tracker_fold(t text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(t, ''))) $$;

                CREATE OR REPLACE FUNCTION tracker_search_text(name text, variants text[]) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT f || ' ' || replace(f, ' ', '')
                      FROM (SELECT tracker_fold(name || ' ' || coalesce(array_to_string(variants, ' '), '')) AS f) folded $$;
                """);

            migrationBuilder.CreateTable(
                name: "deletions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    record_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deletions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "detainees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_variants = table.Column<string[]>(type: "text[]", nullable: false),
                    gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    minor_at_arrest = table.Column<bool>(type: "boolean", nullable: false),
                    nationalities = table.Column<string[]>(type: "text[]", nullable: false),
                    service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occupation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    arresting_agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    charges = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sentence = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    release_conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    withheld = table.Column<bool>(type: "boolean", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "tracker_search_text(name, name_variants)", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_detainees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "character varying(200)", maxLength: 200, nullable: true),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    is_open = table.Column<bool>(type: "boolean", nullable: false),
                    reported_population_low = table.Column<int>(type: "integer", nullable: true),
                    reported_population_high = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facilities", x => x.id);
                    table.CheckConstraint("ck_facilities_population", "reported_population_low IS NULL OR reported_population_high IS NULL OR reported_population_low <= reported_population_high");
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    document_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                    table.CheckConstraint("ck_sources_locator", "url IS NOT NULL OR document_name IS NOT NULL");
                });

            migrationBuilder.CreateTable(
                name: "detainee_restricted_details",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    national_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    family_contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    health_notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    private_notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_detainee_restricted_details", x => x.id);
                    table.ForeignKey(
                        name: "fk_detainee_restricted_details_detainees_id",
                        column: x => x.id,
                        principalTable: "detainees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "announcements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    speaker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    speaker_office = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    claim = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    scope = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    window_from = table.Column<DateOnly>(type: "date", nullable: true),
                    window_to = table.Column<DateOnly>(type: "date", nullable: true),
                    quote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    quote_language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    quote_translation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    claimed_high = table.Column<int>(type: "integer", nullable: true),
                    claimed_low = table.Column<int>(type: "integer", nullable: true),
                    number_qualifier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_announcements", x => x.id);
                    table.CheckConstraint("ck_announcements_range", "claimed_low IS NULL OR claimed_high IS NULL OR claimed_low <= claimed_high");
                    table.ForeignKey(
                        name: "fk_announcements_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "announcement_detainees",
                columns: table => new
                {
                    announcement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    named_detainees_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_announcement_detainees", x => new { x.announcement_id, x.named_detainees_id });
                    table.ForeignKey(
                        name: "fk_announcement_detainees_announcements_announcement_id",
                        column: x => x.announcement_id,
                        principalTable: "announcements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_announcement_detainees_detainees_named_detainees_id",
                        column: x => x.named_detainees_id,
                        principalTable: "detainees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "announcement_sources",
                columns: table => new
                {
                    announcement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sources_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_announcement_sources", x => new { x.announcement_id, x.sources_id });
                    table.ForeignKey(
                        name: "fk_announcement_sources_announcements_announcement_id",
                        column: x => x.announcement_id,
                        principalTable: "announcements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_announcement_sources_sources_sources_id",
                        column: x => x.sources_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "verification_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    detainee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    event_date = table.Column<DateOnly>(type: "date", nullable: false),
                    date_approximate = table.Column<bool>(type: "boolean", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reporting_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    announcement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    confidence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    entered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verification_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_verification_events_announcements_announcement_id",
                        column: x => x.announcement_id,
                        principalTable: "announcements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_verification_events_detainees_detainee_id",
                        column: x => x.detainee_id,
                        principalTable: "detainees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_verification_events_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_verification_events_organisations_reporting_organisation_id",
                        column: x => x.reporting_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_sources",
                columns: table => new
                {
                    sources_id = table.Column<Guid>(type: "uuid", nullable: false),
                    verification_event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_sources", x => new { x.sources_id, x.verification_event_id });
                    table.ForeignKey(
                        name: "fk_event_sources_sources_sources_id",
                        column: x => x.sources_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_sources_verification_events_verification_event_id",
                        column: x => x.verification_event_id,
                        principalTable: "verification_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_announcement_detainees_named_detainees_id",
                table: "announcement_detainees",
                column: "named_detainees_id");

            migrationBuilder.CreateIndex(
                name: "ix_announcement_sources_sources_id",
                table: "announcement_sources",
                column: "sources_id");

            migrationBuilder.CreateIndex(
                name: "ix_announcements_date",
                table: "announcements",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_announcements_organisation_id",
                table: "announcements",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_announcements_updated_at_id",
                table: "announcements",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_deletions_at",
                table: "deletions",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_detainees_search_text",
                table: "detainees",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_detainees_updated_at_id",
                table: "detainees",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_detainees_withheld",
                table: "detainees",
                column: "withheld");

            migrationBuilder.CreateIndex(
                name: "ix_event_sources_verification_event_id",
                table: "event_sources",
                column: "verification_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_facilities_name",
                table: "facilities",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_facilities_updated_at_id",
                table: "facilities",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                table: "organisations",
                column: "name",
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_updated_at_id",
                table: "organisations",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_sources_updated_at_id",
                table: "sources",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_announcement_id",
                table: "verification_events",
                column: "announcement_id");

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_detainee_id_event_date_entered_at",
                table: "verification_events",
                columns: new[] { "detainee_id", "event_date", "entered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_event_date_kind",
                table: "verification_events",
                columns: new[] { "event_date", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_facility_id",
                table: "verification_events",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_reporting_organisation_id",
                table: "verification_events",
                column: "reporting_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_review_state",
                table: "verification_events",
                column: "review_state");

            migrationBuilder.CreateIndex(
                name: "ix_verification_events_updated_at_id",
                table: "verification_events",
                columns: new[] { "updated_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "announcement_detainees");

            migrationBuilder.DropTable(
                name: "announcement_sources");

            migrationBuilder.DropTable(
                name: "deletions");

            migrationBuilder.DropTable(
                name: "detainee_restricted_details");

            migrationBuilder.DropTable(
                name: "event_sources");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropTable(
                name: "verification_events");

            migrationBuilder.DropTable(
                name: "announcements");

            migrationBuilder.DropTable(
                name: "detainees");

            migrationBuilder.DropTable(
                name: "facilities");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS tracker_search_text(text, text[]); DROP FUNCTION IF EXISTS tracker_fold(text);");
        }
    }
}
