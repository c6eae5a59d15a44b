using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// Official claims and independent tallies told apart: each announcement stores its role (by default its
    /// organisation kind's: a government's claim, everyone else's tally), whether it counts only part of the
    /// people, and a tally's breakdown of people held. Numbers keep their wording: "about" and "up to" are the
    /// new names of "approximately" and "at most", and "more than" joins "at least". A database holding the
    /// demo data gets the demo's corrections too (the loader never rewrites what it once loaded).
    /// </summary>
    public partial class ClaimsAndTallies : Migration
    {
        private const string DemoMarker = "seeds/000_585935fb172b3030.txt";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An empty list, not NULL, so that every row reads back as a breakdown (of no groups).
            migrationBuilder.AddColumn<string>(
                name: "breakdown",
                table: "announcements",
                type: "jsonb",
                nullable: true,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<bool>(
                name: "partial",
                table: "announcements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "role",
                table: "announcements",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // updated_at moves: every record now answers with its role, and caches and mirrors must see it.
            migrationBuilder.Sql("""
                UPDATE announcements a
                SET role = CASE WHEN o.kind = 'Government' OR a.claim = 'ToBeReleased' THEN 'Claim' ELSE 'Tally' END, updated_at = now()
                FROM organisations o WHERE o.id = a.organisation_id;
                UPDATE announcements SET number_qualifier = 'About' WHERE number_qualifier = 'Approximately';
                UPDATE announcements SET number_qualifier = 'UpTo' WHERE number_qualifier = 'AtMost';
                """);

            migrationBuilder.Sql($$"""
                DO $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM sources WHERE document_name = '{{DemoMarker}}') THEN
                    UPDATE organisations SET kind = 'PoliticalCoalition', updated_at = now()
                    WHERE name = 'Plataforma Unitaria Democrática' AND kind = 'Ngo';
                    UPDATE announcements SET number_qualifier = 'MoreThan'
                    WHERE number_qualifier = 'AtLeast' AND ((speaker = 'Jorge Rodríguez' AND date = '2026-01-13' AND claimed_low = 400)
                      OR (speaker = 'Jorge and Delcy Rodríguez' AND date = '2026-01-15' AND claimed_low = 200));
                    UPDATE announcements SET partial = true
                    WHERE (speaker = 'Spanish foreign ministry' AND date = '2026-01-08')
                      OR (speaker = 'Guacamaya (report of the government''s list)' AND date = '2026-01-08')
                      OR (speaker = 'Government of Venezuela' AND date = '2026-01-13' AND claimed_low IS NULL);
                    UPDATE announcements SET breakdown = '[{"Group": "Military", "Count": 175}, {"Group": "Women", "Count": 105}, {"Group": "Minors", "Count": 1}]'
                    WHERE speaker = 'Foro Penal' AND date = '2026-01-05' AND claimed_low = 806;
                    UPDATE announcements SET breakdown = '[{"Group": "ForeignOrDualNationals", "Count": 86}]'
                    WHERE speaker = 'Foro Penal' AND date = '2026-01-08' AND claimed_low = 902;
                  END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE announcements SET number_qualifier = 'AtLeast' WHERE number_qualifier = 'MoreThan';
                UPDATE announcements SET number_qualifier = 'Approximately' WHERE number_qualifier = 'About';
                UPDATE announcements SET number_qualifier = 'AtMost' WHERE number_qualifier = 'UpTo';
                UPDATE organisations SET kind = 'Ngo' WHERE kind = 'PoliticalCoalition';
                """);

            migrationBuilder.DropColumn(
                name: "breakdown",
                table: "announcements");

            migrationBuilder.DropColumn(
                name: "partial",
                table: "announcements");

            migrationBuilder.DropColumn(
                name: "role",
                table: "announcements");
        }
    }
}
