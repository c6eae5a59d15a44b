using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Testing;

namespace PrisonerTracker.Infrastructure.Tests;

/// <summary>
/// Announcements recorded before claims and tallies were told apart: each takes its organisation kind's role,
/// old qualifier names take their new ones, and a database holding the demo data gets the demo's corrections.
/// </summary>
public sealed class ClaimsAndTalliesMigrationTests
{
    private const string Before = "20261202220658_EventDatePrecision";

    [Fact]
    public async Task OlderAnnouncementsTakeTheirOrganisationsRoleAndKeepTheirWording()
    {
        await using var database = await TestDatabase.CreateAsync("claims", migrate: false);
        await using var db = database.CreateContext();
        await db.GetService<IMigrator>().MigrateAsync(Before);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO sources (id, document_name, created_at, updated_at) VALUES (gen_random_uuid(), 'seeds/000_585935fb172b3030.txt', now(), now());
            INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES
              ('00000000-0000-7000-8000-000000000001', 'Asamblea Nacional de Venezuela', 'Government', now(), now()),
              ('00000000-0000-7000-8000-000000000002', 'Plataforma Unitaria Democrática', 'Ngo', now(), now());
            INSERT INTO announcements (id, speaker, organisation_id, date, claim, scope, number_qualifier, claimed_low, claimed_high, created_at, updated_at) VALUES
              ('00000000-0000-7000-8000-00000000000a', 'Jorge Rodríguez', '00000000-0000-7000-8000-000000000001', '2026-01-13', 'Released', 's', 'AtLeast', 400, NULL, now(), now()),
              ('00000000-0000-7000-8000-00000000000b', 'Minister', '00000000-0000-7000-8000-000000000001', '2026-01-14', 'ToBeReleased', 's', 'AtMost', 10, 10, now(), now()),
              ('00000000-0000-7000-8000-00000000000c', 'Plataforma Unitaria Democrática', '00000000-0000-7000-8000-000000000002', '2026-01-22', 'Released', 's', 'Approximately', 170, 170, now(), now()),
              ('00000000-0000-7000-8000-00000000000d', 'Spokesperson', '00000000-0000-7000-8000-000000000002', '2026-01-23', 'ToBeReleased', 's', 'None', NULL, NULL, now(), now());
            """);

        await db.Database.MigrateAsync();

        var rows = (await db.Announcements.AsNoTracking().ToListAsync()).ToDictionary(a => a.Speaker);
        Assert.Equal((AnnouncementRole.Claim, NumberQualifier.MoreThan), (rows["Jorge Rodríguez"].Role, rows["Jorge Rodríguez"].Number.Qualifier));
        Assert.Equal((AnnouncementRole.Claim, NumberQualifier.UpTo), (rows["Minister"].Role, rows["Minister"].Number.Qualifier));
        Assert.Equal((AnnouncementRole.Tally, NumberQualifier.About), (rows["Plataforma Unitaria Democrática"].Role, rows["Plataforma Unitaria Democrática"].Number.Qualifier));
        // A promise of releases stays a claim, whoever made it.
        Assert.Equal(AnnouncementRole.Claim, rows["Spokesperson"].Role);
        Assert.All(rows.Values, a => Assert.Empty(a.Breakdown));
        Assert.Equal(OrganisationKind.PoliticalCoalition, (await db.Organisations.SingleAsync(o => o.Name == "Plataforma Unitaria Democrática")).Kind);
    }
}
