using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure.Auditing;

namespace PrisonerTracker.Infrastructure.Protection;

/// <summary>
/// Re-encrypts every stored value that is not under the current key, in one transaction, so
/// an old key can be removed from configuration afterwards. Values written before encryption
/// existed (plain text, without the <c>v1:</c> label) are encrypted too. A value that fails its
/// integrity check stops the rotation: it is reported, never rewritten.
/// </summary>
public static class KeyRotation
{
    /// <remarks>Inside the execution strategy: after a lost connection the whole rotation runs again.</remarks>
    public static Task<int> RotateAsync(TrackerDbContext db, CancellationToken ct)
    {
        var protector = db.Protector ?? throw new EncryptionConfigurationException("No encryption key is configured.");
        return db.Database.CreateExecutionStrategy().ExecuteAsync(token => RotateOnceAsync(db, protector, token), ct);
    }

    private static async Task<int> RotateOnceAsync(TrackerDbContext db, FieldProtector protector, CancellationToken ct)
    {
        // A replay starts from what the database holds, not from the entry a failed attempt left tracked.
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var rewritten = 0;
        foreach (var (table, _, columns) in ProtectedColumns.Tables)
        {
            foreach (var column in columns)
            {
                var stale = new List<string>();
                await using (var read = Command(connection, $"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"))
                await using (var reader = await read.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct))
                        if (protector.NeedsRotation(reader.GetString(0))) stale.Add(reader.GetString(0));
                foreach (var old in stale)
                {
                    var plain = old.StartsWith("v1:", StringComparison.Ordinal) ? protector.Unprotect(old) : old;
                    var index = column == "national_id" ? $", national_id_index = @index" : "";
                    await using var update = Command(connection, $"UPDATE {table} SET {column} = @new{index} WHERE {column} = @old");
                    Parameter(update, "new", protector.Protect(plain));
                    Parameter(update, "old", old);
                    if (column == "national_id") Parameter(update, "index", protector.BlindIndex(plain));
                    rewritten += await update.ExecuteNonQueryAsync(ct);
                }
            }
        }
        await db.RecordAsync(new AuditEntry(db.Actor, DateTimeOffset.UtcNow, "rotate-keys", "encryption", null,
            $$"""{"currentKeyId":"{{protector.CurrentKeyId}}","values":{{rewritten}}}"""), ct);
        await transaction.CommitAsync(ct);
        return rewritten;
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Parameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
