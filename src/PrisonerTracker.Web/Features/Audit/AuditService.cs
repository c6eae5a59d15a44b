using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Web.Api;
using Accounts = PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Features.Audit;

/// <summary>Reading the audit log (staff pages and API) and recording what no tracked change describes (exports).</summary>
public sealed class AuditService(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>The keyset cursor's sort name: a cursor from another list is refused here.</summary>
    public const string CursorName = "audit";

    /// <summary>Reads a <c>nextCursor</c> of this list (null: the first page); false for anything else.</summary>
    public static bool TryReadCursor(string? cursor, out long? before)
    {
        before = null;
        if (!Cursor.TryDecode(cursor, out var position)) return false;
        if (position is null) return true;
        if (position.Sort != CursorName || !long.TryParse(position.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return false;
        before = id;
        return true;
    }

    /// <summary>Newest first, in pages keyed on the log's own sequence.</summary>
    public async Task<Page<AuditEntryDto>> ListAsync(AuditFilter filter, long? before, int limit, CancellationToken ct)
    {
        var log = db.AuditEntries.AsNoTracking();
        if (!filter.Accounts) log = log.Where(a => a.RecordType != Accounts.SecurityEvents.RecordType);
        if (!string.IsNullOrWhiteSpace(filter.RecordType)) log = log.Where(a => a.RecordType == filter.RecordType);
        if (filter.RecordId is { } id) log = log.Where(a => a.RecordId == id);
        if (!string.IsNullOrWhiteSpace(filter.Action)) log = log.Where(a => a.Action == filter.Action);
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            log = log.Where(a => a.ActorId == actor || a.ActorName == actor);
        }
        if (filter.From is { } from) log = log.Where(a => a.At >= from);
        if (filter.To is { } to) log = log.Where(a => a.At <= to);
        var total = await log.CountAsync(ct);
        var rows = await log.Where(a => before == null || a.Id < before).OrderByDescending(a => a.Id).Take(limit + 1).ToListAsync(ct);
        var next = rows.Count > limit ? new Cursor(CursorName, rows[limit - 1].Id.ToString(), Guid.Empty).Encode() : null;
        return new Page<AuditEntryDto>([.. rows.Take(limit).Select(ToDto)], next, total);
    }

    /// <summary>An export of restricted fields of many people: who, how many, never the values or the filter.</summary>
    public Task RecordExportAsync(string export, int rows, CancellationToken ct) =>
        db.RecordAsync(new AuditEntry(db.Actor, clock.GetUtcNow(), "export", "detainee", null,
            JsonSerializer.Serialize(new SortedDictionary<string, object> { ["export"] = export, ["rows"] = rows })), ct);

    private static AuditEntryDto ToDto(AuditEntry a)
    {
        using var changes = JsonDocument.Parse(a.Changes);
        return new AuditEntryDto(a.Id, a.At, a.ActorId, a.ActorName, a.Address, a.Action, a.RecordType, a.RecordId, changes.RootElement.Clone());
    }
}
