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
        await using var empty = await TestDatabase.CreateAsync("migrate");
        await using var db = empty.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
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
