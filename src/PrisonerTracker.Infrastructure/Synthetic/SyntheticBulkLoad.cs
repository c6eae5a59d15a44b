using Npgsql;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// PostgreSQL's advice for populating a database: checking foreign keys row by row and
/// updating every index per row costs far more than building the indexes and validating the
/// keys once at the end. Inside the load's transaction, the secondary indexes and foreign keys
/// of the loaded tables are dropped, then recreated from their own catalogue definitions (so
/// later migrations are followed without changes here). A failure rolls the drops back too.
/// </summary>
internal sealed class SyntheticBulkLoad
{
    private readonly List<string> _indexes = [];
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys = [];

    public static async Task<SyntheticBulkLoad> SuspendAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken ct)
    {
        var load = new SyntheticBulkLoad();
        await using (var command = new NpgsqlCommand("""
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid = ANY (SELECT to_regclass(t) FROM unnest(@tables) t)
            ORDER BY 1, 2
            """, connection))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) load._foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        // Indexes that back a constraint (primary keys) stay: they are needed to validate the keys.
        await using (var command = new NpgsqlCommand("""
            SELECT pg_get_indexdef(i.indexrelid), i.indexrelid::regclass::text
            FROM pg_index i
            WHERE i.indrelid = ANY (SELECT to_regclass(t) FROM unnest(@tables) t)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 2
            """, connection))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            var names = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                load._indexes.Add(reader.GetString(0));
                names.Add(reader.GetString(1));
            }
            await reader.CloseAsync();
            foreach (var (table, name, _) in load._foreignKeys)
                await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {Quote(name)}", ct);
            foreach (var name in names) await ExecuteAsync(connection, $"DROP INDEX {name}", ct);
            await ExecuteAsync(connection, "ALTER TABLE verification_events DISABLE TRIGGER status_periods_on_insert", ct);
        }
        return load;
    }

    public async Task RestoreAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        // More memory lets the trigram (GIN) and B-tree builds sort in one pass.
        await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '256MB'", ct);
        foreach (var definition in _indexes) await ExecuteAsync(connection, definition, ct);
        foreach (var (table, name, definition) in _foreignKeys)
            await ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT {Quote(name)} {definition}", ct);
        // The status read model is built once from all the events, not person by person as they are copied.
        await ExecuteAsync(connection, "ALTER TABLE verification_events ENABLE TRIGGER status_periods_on_insert", ct);
        await ExecuteAsync(connection, "SELECT rebuild_status_periods()", ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
