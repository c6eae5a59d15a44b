using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PrisonerTracker.Infrastructure;

/// <summary>
/// The app connects as a role that may read and write the domain tables but only insert into
/// and read the audit log; migrations run as the owner of the tables. Granted after every
/// migration, so new tables are covered.
/// </summary>
public static class DatabaseRoles
{
    public static async Task GrantAppRoleAsync(TrackerDbContext owner, string appRole, CancellationToken ct)
    {
        var role = new NpgsqlCommandBuilder().QuoteIdentifier(appRole);
        foreach (var sql in new[]
        {
            $"GRANT USAGE ON SCHEMA public TO {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            // Append-only: not even the app may rewrite or remove its own history.
            $"REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM {role}",
            $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __ef_migrations_history FROM {role}",
        })
            await owner.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
