using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrisonerTracker.Infrastructure.Migrations
{
    /// <summary>
    /// <c>CASE kind WHEN NULL</c> never matches, so <c>status_after(NULL)</c> fell through to
    /// 'Held' and <c>detainee_status_on</c> reported people whose events do not count yet
    /// (pending, or below the confidence threshold) as held instead of 'NotHeld', unlike
    /// <c>StatusRules</c>. A null kind now gives a null status.
    /// </summary>
    public partial class StatusAfterNoCountedEvent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION status_after(kind text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT CASE
                        WHEN kind IS NULL THEN NULL
                        WHEN kind = 'ReleasedConditional' THEN 'ReleasedConditional'
                        WHEN kind = 'ReleasedFull' THEN 'ReleasedFull'
                        WHEN kind = 'WhereaboutsUnknown' THEN 'WhereaboutsUnknown'
                        WHEN kind = 'DiedInCustody' THEN 'Deceased'
                        ELSE 'Held' END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION status_after(kind text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT CASE kind
                        WHEN 'ReleasedConditional' THEN 'ReleasedConditional'
                        WHEN 'ReleasedFull' THEN 'ReleasedFull'
                        WHEN 'WhereaboutsUnknown' THEN 'WhereaboutsUnknown'
                        WHEN 'DiedInCustody' THEN 'Deceased'
                        WHEN NULL THEN NULL
                        ELSE 'Held' END $$;
                """);
        }
    }
}
