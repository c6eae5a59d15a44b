using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Infrastructure.Auditing;

/// <summary>
/// The hash chain over the audit log. Each row's hash covers its own fields and the previous
/// row's hash; writers are serialised with a transaction-scoped advisory lock, so two
/// transactions cannot both chain onto the same row and fork the chain.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    internal static async Task<string> LockAndReadLastAsync(TrackerDbContext db, CancellationToken ct)
    {
        // The register's write lock (Sql/09_status_counts.sql), shared with the status counts' writers.
        await db.Database.ExecuteSqlRawAsync("SELECT lock_register_writes()", ct);
        return await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? Genesis;
    }

    /// <summary>Every field length-prefixed, so no two different rows can serialise alike.</summary>
    public static string HashOf(AuditEntry e)
    {
        var text = new StringBuilder();
        foreach (var field in new[]
        {
            e.PreviousHash, e.At.UtcTicks.ToString(CultureInfo.InvariantCulture), e.ActorId, e.ActorName, e.Address ?? "",
            e.Action, e.RecordType, e.RecordId?.ToString() ?? "", e.Changes,
        })
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The id of the first row whose link is broken (altered, or a row before it removed), or null when the chain holds.</summary>
    public static async Task<long?> VerifyAsync(TrackerDbContext db, CancellationToken ct)
    {
        var previous = Genesis;
        long after = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0) return null;
            foreach (var entry in batch)
            {
                if (entry.PreviousHash != previous || entry.Hash != HashOf(entry)) return entry.Id;
                previous = entry.Hash;
                after = entry.Id;
            }
        }
    }
}
