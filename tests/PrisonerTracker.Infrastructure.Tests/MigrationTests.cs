using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure.Tests.Support;
using PrisonerTracker.Testing;

namespace PrisonerTracker.Infrastructure.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class MigrationTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task MigrationsApplyToAnEmptyDatabaseWithNothingPending()
    {
        // Really empty: the migrations themselves run here, not the fixture's.
        await using var empty = await TestDatabase.CreateAsync("migrate", migrate: false);
        await using var db = empty.CreateContext();
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        // A model change without its migration would leave the schema behind the code.
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration captures: add a migration");
    }

    [Fact]
    public async Task SearchAndTrigramExtensionsAreInstalled()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')", connection);

        Assert.Equal("pg_trgm,unaccent", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task NameSearchColumnHasTrigramIndex()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'detainees' AND indexdef LIKE '%gin_trgm_ops%'", connection);

        var definition = (string?)await command.ExecuteScalarAsync();

        Assert.NotNull(definition);
        Assert.Contains("search_text", definition);
    }
}
