using Npgsql;

namespace PrisonerTracker.Infrastructure.Tests.Synthetic;

/// <summary>Reads the tables the generator writes straight from PostgreSQL, bypassing EF Core's filters.</summary>
internal static class SyntheticTables
{
    public static readonly string[] All =
    [
        "facilities", "sources", "organisations", "detainees", "detainee_restricted_details", "announcements",
        "announcement_sources", "announcement_detainees", "verification_events", "event_sources",
    ];

    public static Task<Dictionary<string, long>> CountRowsAsync(string connectionString) =>
        EachTableAsync(connectionString, table => ScalarAsync<long>(connectionString, $"SELECT count(*) FROM {table}"));

    /// <summary>
    /// Every column of every row (ids and timestamps included), in a stable order. Encrypted columns
    /// differ on every write (a random nonce each): their blind index and which are empty stand in.
    /// </summary>
    public static Task<Dictionary<string, string>> DumpAsync(string connectionString) =>
        EachTableAsync(connectionString, table => ScalarAsync<string>(connectionString,
            $"SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM {Comparable(table)} t"));

    private static string Comparable(string table) => table == "detainee_restricted_details"
        ? "(SELECT id, national_id_index, national_id IS NULL, family_contact IS NULL, health_notes IS NULL, private_notes IS NULL FROM detainee_restricted_details)"
        : table;

    /// <summary>Indexes and constraints, which a load drops and recreates inside its transaction.</summary>
    public static Task<string> SchemaAsync(string connectionString) => ScalarAsync<string>(connectionString, """
        SELECT string_agg(d, E'\n' ORDER BY d) FROM (
          SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'
          UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace) s
        """);

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<string, T>> EachTableAsync<T>(string connectionString, Func<string, Task<T>> query)
    {
        var result = new Dictionary<string, T>();
        foreach (var table in All) result[table] = await query(table);
        return result;
    }
}
