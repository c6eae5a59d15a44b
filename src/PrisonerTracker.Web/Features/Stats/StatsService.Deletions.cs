using PrisonerTracker.Web.Features.Privacy;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
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
    /// <summary>
    /// Only records the public could have seen: the removal of an event of a withheld person, or of a
    /// pending event, would tell that something happened out of sight. A person who was named and is
    /// then withheld is listed (mirrors must drop them); nothing about them after that.
    /// </summary>
    private Expression<Func<DeletionRecord, bool>> WasPublic => WasPublicAmong(db.Detainees.IgnoreQueryFilters().In(Population.Named));

    // The named people as a query variable: EF inlines it; a call inside the lambda it could not translate.
    private Expression<Func<DeletionRecord, bool>> WasPublicAmong(IQueryable<Domain.Detainees.Detainee> named) =>
        d => (d.RecordType != "event" && d.RecordType != "detainee")
            || (d.RecordType == "detainee" && (d.Reason == DeletionTracking.Withheld
                || named.Any(p => p.Id == d.RecordId)))
            || (d.RecordType == "event" && db.Events.IgnoreQueryFilters().Any(e => e.Id == d.RecordId && e.ReviewState == ReviewState.Approved
                && named.Any(p => p.Id == e.DetaineeId)));

    /// <summary>The keyset cursor's sort name: a cursor from another list is refused here.</summary>
    public const string DeletionsCursor = "deletions";

    /// <summary>
    /// Removals and withholdings at or after <paramref name="since"/>, oldest first, in pages
    /// keyed on the feed's own sequence number (so two records with one timestamp never split badly).
    /// </summary>
    public async Task<Page<DeletionDto>> GetDeletionsAsync(DateTimeOffset since, long? after, int limit, CancellationToken ct)
    {
        var feed = db.Deletions.AsNoTracking().Where(d => d.At >= since).Where(WasPublic);
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
