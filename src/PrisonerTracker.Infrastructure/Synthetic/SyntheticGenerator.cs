using System.Diagnostics;
using Npgsql;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>The target database already holds people; synthetic data is never mixed with real or demo data.</summary>
public sealed class SyntheticTargetNotEmptyException(string message) : InvalidOperationException(message);

public sealed record SyntheticResult(
    int Detainees, int Facilities, int Events, int Announcements, TimeSpan BuildTime, TimeSpan WriteTime);

/// <summary>
/// Generates a synthetic dataset into an empty, migrated database, in one transaction: a
/// failure anywhere commits nothing.
/// </summary>
public static class SyntheticGenerator
{
    /// <summary>Serialises two generators started against the same database.</summary>
    private const long LockKey = 20240101;

    public static async Task<SyntheticResult> GenerateAsync(string connectionString, SyntheticOptions options, Protection.FieldProtector protector,
        CancellationToken ct = default)
    {
        options.Validate();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", ct);
        await RefuseUnlessEmptyAsync(connection, ct);

        var clock = Stopwatch.StartNew();
        var data = SyntheticBuilder.Build(options);
        var buildTime = clock.Elapsed;

        clock.Restart();
        await SyntheticWriter.WriteAsync(connection, data, protector, ct);
        await transaction.CommitAsync(ct);
        // Fresh statistics, so the first queries after a load (benchmarks) get the plans they will have later.
        await ExecuteAsync(connection, "ANALYZE", ct);
        var writeTime = clock.Elapsed;

        return new SyntheticResult(data.Detainees.Count, data.Facilities.Count, data.Events.Count, data.Announcements.Count,
            buildTime, writeTime);
    }

    private static async Task RefuseUnlessEmptyAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        long detainees;
        try
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM detainees", connection);
            detainees = (long)(await count.ExecuteScalarAsync(ct))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw new InvalidOperationException($"Database '{connection.Database}' has no tracker schema; run the migrate command first.", e);
        }
        if (detainees > 0)
            throw new SyntheticTargetNotEmptyException(
                $"Database '{connection.Database}' already holds {detainees} detainee(s). Synthetic data is never mixed with other data: " +
                "point ConnectionStrings__Tracker at a separate, empty database.");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
