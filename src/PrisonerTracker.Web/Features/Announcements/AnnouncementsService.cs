using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Privacy;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>
/// Announcements (claims by anyone, as worded): one read path and one set of records for the pages
/// and the API. Reads go through <c>KnownAnnouncements</c>, so a knownAt request sees them as worded then.
/// </summary>
public sealed partial class AnnouncementsService(TrackerDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A keyset page of the filter, in the query's sort (the API list).</summary>
    public async Task<Page<AnnouncementRecord>> ListPageAsync(AnnouncementListQuery query, PageInput page, Links links, CancellationToken ct)
    {
        var (rows, next, total) = await Keyset.PageAsync(Rows(query), SortFor(query.Sort?.Value), page, countTotal: true, ct);
        return new Page<AnnouncementRecord>([.. rows.Select(r => r.ToDto(links))], next, total);
    }

    /// <summary>Every announcement of the filter, in the query's sort, read in chunks (the CSV).</summary>
    public async IAsyncEnumerable<AnnouncementRecord> ExportAsync(AnnouncementListQuery query, Links links,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in Keyset.ChunksAsync(Rows(query), SortFor(query.Sort?.Value), ct))
            foreach (var row in chunk) yield return row.ToDto(links);
    }

    /// <summary>
    /// Every announcement of the filter as the page lists them: latest first, then by speaker, then id.
    /// The keyset sorts break a date's ties by id only; readers scan a day's statements by who spoke,
    /// and announcements are few, so the rows are put in that order here rather than given a cursor.
    /// </summary>
    public async Task<IReadOnlyList<AnnouncementRecord>> ListAllAsync(AnnouncementListQuery query, Links links, CancellationToken ct)
    {
        var all = await ExportAsync(query with { Sort = new QueryEnum<DateSort>(DateSort.DateDesc) }, links, ct).ToListAsync(ct);
        return [.. all.OrderByDescending(a => a.Date).ThenBy(a => a.Speaker, StringComparer.Ordinal).ThenBy(a => a.Id)];
    }

    /// <summary>One announcement with the people it named that the viewer may see, each with their verified status today.</summary>
    public async Task<AnnouncementRecordDetail?> GetAsync(Guid id, Viewer viewer, Links links, CancellationToken ct)
    {
        var row = await Rows(new AnnouncementListQuery()).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (row is null) return null;
        var today = Today;
        var named = await (from d in db.KnownAnnouncements.Where(a => a.Id == id).SelectMany(a => a.NamedDetainees).VisibleTo(viewer)
                           join s in db.StatusOn(today, Confidence.Verified, Population.Everyone) on d.Id equals s.DetaineeId into statuses
                           from s in statuses.DefaultIfEmpty()
                           orderby d.Name, d.Id
                           select new
                           {
                               d.Id, d.Name, Status = (DetaineeStatus?)s.Status ?? DetaineeStatus.NotHeld, Since = (DateOnly?)s.Since,
                               UnverifiedKind = s.UnverifiedKind, UnverifiedDate = s.UnverifiedDate,
                           }).AsNoTracking().ToListAsync(ct);
        var since = await DateOfRecord.OfStatusSinceAsync(db, [.. named.Select(n => (n.Id, n.Since))], ct);
        return new AnnouncementRecordDetail(row.ToDto(links), today,
            [.. named.Select(n => new NamedDetainee(n.Id, n.Name, n.Status, n.Since, links.Page($"detainees/{n.Id}"), links.Api($"detainees/{n.Id}"),
                n.Since is null ? null : since.GetValueOrDefault(n.Id)?.Precision ?? DatePrecision.Day,
                since.GetValueOrDefault(n.Id)?.Approximate ?? false,
                n.UnverifiedKind is { } kind && n.UnverifiedDate is { } date ? new UnverifiedFact(kind, date) : null))],
            row.Version);
    }
}
