using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Reliability;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh as an operator runs them: a database with the demo data
/// and API writes (restricted fields, audit rows) is dumped, restored into a fresh database, and the
/// copy must hold the same rows, answer the same summary, keep a valid audit chain and the app
/// role's append-only grant, and read its restricted fields with the same keys from configuration.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class BackupRestoreTests(TrackerApp app) : IAsyncLifetime
{
    private const string Summary = "/api/v1/stats/summary?asOf=2026-01-20";
    private readonly string _dump = Path.Combine(Path.GetTempPath(), $"pt-backup-{Guid.NewGuid():N}.dump");
    private TestDatabase? _restored;

    public Task InitializeAsync() => app.ResetAsync();

    public async Task DisposeAsync()
    {
        File.Delete(_dump);
        if (_restored is not null) await _restored.DisposeAsync();
    }

    [Fact]
    public async Task RestoredBackupHasTheSameRowsSummaryAuditChainAndGrants()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Admin);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees",
            new { name = "Copia Segura", restricted = new { nationalId = "V-12345678" } })).JsonAsync();
        var id = created.GetProperty("id").GetString();
        var counts = await RowCountsAsync(app.Database.ConnectionString);
        var summary = await (await app.CreateClient().GetAsync(Summary)).Content.ReadAsStringAsync();

        await RunScriptAsync("backup.sh", [_dump], app.Database.Name);
        _restored = await TestDatabase.CreateAsync("restored", migrate: false);
        await RunScriptAsync("restore.sh", [_dump, _restored.Name], null);

        Assert.Equal(counts, await RowCountsAsync(_restored.ConnectionString));
        Assert.Contains(counts, c => c.Key == "audit_entries" && c.Value > 0);
        await using var copy = app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Tracker", _restored.AppConnectionString));
        Assert.Equal(summary, await (await copy.CreateClient().GetAsync(Summary)).Content.ReadAsStringAsync());
        // Read with the keys from configuration: the dump held the ciphertext, never the keys.
        var copyAdmin = await copy.ClientWithKeyAsync(StaffRole.Admin);
        var profile = await copyAdmin.GetJsonAsync($"/api/v1/detainees/{id}");
        Assert.Equal("V-12345678", profile.GetProperty("restricted").GetProperty("nationalId").GetString());

        var verified = await CommandLine.RunAsync(_restored, null, "verify-audit");
        Assert.True(verified.ExitCode == 0, verified.Output);
        var tamper = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(_restored.AppConnectionString, "UPDATE audit_entries SET actor_name = 'x'"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, tamper.SqlState);
    }

    [Fact]
    public async Task RestoreRefusesADatabaseThatAlreadyHoldsTables()
    {
        await RunScriptAsync("backup.sh", [_dump], app.Database.Name);

        var refused = await RunAsync("restore.sh", [_dump, app.Database.Name], null);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("restore into a new or empty database", refused.Output);
    }

    private static async Task<SortedDictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task RunScriptAsync(string script, string[] args, string? database)
    {
        var (exitCode, output) = await RunAsync(script, args, database);
        Assert.True(exitCode == 0, $"{script} failed: {output}");
    }

    /// <summary>Runs a script of scripts/ against the test server (its libpq settings from TRACKER_TEST_POSTGRES).</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string script, string[] args, string? database)
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(TestDatabase.ServerVariable)
            ?? "Host=127.0.0.1;Port=5433;Username=postgres");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", script));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["PGHOST"] = server.Host;
        start.Environment["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = server.Username;
        if (server.Password is { } password) start.Environment["PGPASSWORD"] = password;
        if (database is not null) start.Environment["PGDATABASE"] = database;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
