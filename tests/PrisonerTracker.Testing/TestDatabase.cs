using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Protection;
using Respawn;

namespace PrisonerTracker.Testing;

/// <summary>
/// A real PostgreSQL database of its own for one test collection: created on the server
/// named by <c>TRACKER_TEST_POSTGRES</c> (scripts/test.sh starts a throwaway one), migrated
/// with the real migrations, emptied between tests with Respawn, dropped at the end.
/// Migrations and resets run as the owner (the server's own user); the app connects as
/// <see cref="AppRole"/>, which may only insert into and read the audit log.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "TRACKER_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5433;Username=postgres;Database=postgres";
    public const string AppRole = "tracker_app";

    private readonly string _serverConnectionString;
    private Respawner? _respawner;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = true }.ConnectionString;
        AppConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Username = AppRole, Password = null }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>As the owner: migrations, resets, and tests that set up or tamper with rows directly.</summary>
    public string ConnectionString { get; }

    /// <summary>As the app's role, which the app under test uses.</summary>
    public string AppConnectionString { get; }

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
            await EnsureAppRoleAsync(connection);
        }
        var database = new TestDatabase(server, name);
        if (migrate)
            await using (var db = database.CreateContext())
            {
                await db.Database.MigrateAsync();
                await DatabaseRoles.GrantAppRoleAsync(db, AppRole, CancellationToken.None);
            }
        return database;
    }

    /// <summary>A context on this database (as the app's role with <paramref name="asApp"/>); <paramref name="interceptors"/> as the app adds its own (cache eviction).</summary>
    public TrackerDbContext CreateContext(TimeProvider? clock = null, FieldProtector? protector = null, bool asApp = false,
        params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        TrackerDatabase.Configure(options, asApp ? AppConnectionString : ConnectionString).AddInterceptors(interceptors);
        return new TrackerDbContext(options.Options, clock, protector ?? TestKeys.Protector);
    }
    /// <summary>The role is the server's, shared by every test database; collections create it concurrently.</summary>
    private static async Task EnsureAppRoleAsync(NpgsqlConnection server)
    {
        try
        {
            await using var role = new NpgsqlCommand(
                $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN CREATE ROLE {AppRole} LOGIN; END IF; END $$", server);
            await role.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateObject)
        {
            // Another collection created it at the same moment.
        }
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
