using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure;
using Respawn;

namespace PrisonerTracker.Testing;

/// <summary>
/// A real PostgreSQL database of its own for one test collection: created on the server
/// named by <c>TRACKER_TEST_POSTGRES</c> (scripts/test.sh starts a throwaway one), migrated
/// with the real migrations, emptied between tests with Respawn, dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "TRACKER_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5433;Username=postgres;Database=postgres";

    private readonly string _serverConnectionString;
    private Respawner? _respawner;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    /// <summary>A new database on the test server; <paramref name="migrate"/> false leaves it empty, for commands that migrate it themselves.</summary>
    public static async Task<TestDatabase> CreateAsync(string purpose, bool migrate = true)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable) ?? DefaultServer;
        var name = $"pt_test_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var database = new TestDatabase(server, name);
        if (migrate)
            await using (var db = database.CreateContext()) await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A context on this database; <paramref name="interceptors"/> as the app adds its own (cache eviction).</summary>
    public TrackerDbContext CreateContext(TimeProvider? clock = null, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        TrackerDatabase.Configure(options, ConnectionString).AddInterceptors(interceptors);
        return new TrackerDbContext(options.Options, clock);
    }

    /// <summary>Deletes every row (the migration history stays), so each test starts empty.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The key ring survives resets: a host keeps its keys cached, and cookies it issued must stay readable.
            TablesToIgnore = ["__ef_migrations_history", "data_protection_keys"],
            WithReseed = true,
        });
        await _respawner.ResetAsync(connection);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
