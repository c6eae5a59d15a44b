using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>A record that left public view: mirrors drop it (and anything that refers to it).</summary>
/// <param name="RecordType">detainee, event, announcement, facility, organisation or source.</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="At">When it was removed or withheld.</param>
/// <param name="Reason">"deleted" or "withheld" (never why).</param>
public sealed record DeletionDto(string RecordType, Guid RecordId, DateTimeOffset At, string Reason);

public sealed partial class StatsService
{
    /// <summary>The keyset cursor's sort name: a cursor from another list is refused here.</summary>
    public const string DeletionsCursor = "deletions";

    /// <summary>
    /// Removals and withholdings at or after <paramref name="since"/>, oldest first, in pages
    /// keyed on the feed's own sequence number (so two records with one timestamp never split badly).
    /// </summary>
    public async Task<Page<DeletionDto>> GetDeletionsAsync(DateTimeOffset since, long? after, int limit, CancellationToken ct)
    {
        var feed = db.Deletions.AsNoTracking().Where(d => d.At >= since);
        var total = await feed.CountAsync(ct);
        var rows = await feed.Where(d => after == null || d.Id > after)
            .OrderBy(d => d.Id)
            .Take(limit + 1)
            .Select(d => new { d.Id, Dto = new DeletionDto(d.RecordType, d.RecordId, d.At, d.Reason) })
            .ToListAsync(ct);
        var next = rows.Count > limit ? new Cursor(DeletionsCursor, rows[limit - 1].Id.ToString(), Guid.Empty).Encode() : null;
        return new Page<DeletionDto>([.. rows.Take(limit).Select(r => r.Dto)], next, total);
    }
}
