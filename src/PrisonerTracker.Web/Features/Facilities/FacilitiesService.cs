using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Privacy;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary>
/// Detention sites with who is there on a date: one read path for the pages and the API. Counts cover
/// named people only: a withheld person is never placed at a facility, not even as a count (docs/privacy.md).
/// </summary>
public sealed partial class FacilitiesService(TrackerDbContext db, TimeProvider clock)
{
    public static readonly SortSpec<FacilityRecord> ByName = new SortSpec<FacilityRecord, string>("name", f => f.Name, f => f.Id, false, k => k, k => k);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A page of facilities by name, each with the number held there today.</summary>
    public async Task<Page<FacilityRecord>> ListAsync(FacilityListQuery query, PageInput page, Viewer viewer, Links links, CancellationToken ct)
    {
        var (rows, next, total) = await Keyset.PageAsync(Rows(query), ByName, page, countTotal: true, ct);
        var held = await HeldCountsAsync(Today, [.. rows.Select(r => r.Id)], ct);
        return new Page<FacilityRecord>([.. rows.Select(r => WithCount(WithLinks(r, links), held, viewer))], next, total);
    }

    /// <summary>Every facility of the filter (the page's map and table, the CSV), each with the number held there today.</summary>
    public async IAsyncEnumerable<FacilityRecord> ExportAsync(FacilityListQuery query, Viewer viewer, Links links,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in Keyset.ChunksAsync(Rows(query), ByName, ct))
        {
            var held = await HeldCountsAsync(Today, [.. chunk.Select(r => r.Id)], ct);
            foreach (var row in chunk) yield return WithCount(WithLinks(row, links), held, viewer);
        }
    }

    /// <summary>Every facility's id and name, by name: the choices of a facility filter.</summary>
    public async Task<IReadOnlyList<FacilityChoice>> ChoicesAsync(CancellationToken ct) =>
        await db.Facilities.AsNoTracking().OrderBy(f => f.Name).ThenBy(f => f.Id)
            .Select(f => new FacilityChoice(f.Id, f.Name)).ToListAsync(ct);

    /// <summary>
    /// One facility on a date: counts (held, whereabouts unknown, released from there), the people there
    /// that the viewer may see by name, and releases and transfers from it.
    /// </summary>
    public async Task<FacilityRecordDetail?> GetAsync(Guid id, FacilityDetailQuery query, Viewer viewer, Links links, CancellationToken ct)
    {
        var facility = await Rows(new FacilityListQuery()).SingleOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null) return null;
        var asOf = query.AsOf ?? Today;
        var threshold = query.MinConfidence?.Value ?? Confidence.Verified;
        var counts = await CountsAsync(id, asOf, threshold, viewer.IsStaff, ct);
        var people = await (from s in db.StatusOn(asOf, threshold, PopulationFilters.ListedFor(viewer)).Where(s => s.FacilityId == id)
                            join d in db.KnownDetainees on s.DetaineeId equals d.Id
                            orderby d.Name, d.Id
                            select new { d.Id, d.Name, s.Status, s.Since }).AsNoTracking().ToListAsync(ct);
        var since = await DateOfRecord.OfStatusSinceAsync(db, [.. people.Select(p => (p.Id, p.Since))], ct);
        WithLinks(facility, links).Held = counts.Held;
        return new FacilityRecordDetail(facility, asOf, threshold, counts, people.Count,
            [.. people.Select(p => new PersonAtFacility(p.Id, p.Name, p.Status, p.Since,
                since.GetValueOrDefault(p.Id)?.Precision ?? (p.Since is null ? null : DatePrecision.Day), since.GetValueOrDefault(p.Id)?.Approximate ?? false,
                links.Page($"detainees/{p.Id}"), links.Api($"detainees/{p.Id}")))],
            await MovementsAsync(id, asOf, viewer, links, ct));
    }

    /// <summary>Named people held at each of <paramref name="facilities"/> on <paramref name="date"/>.</summary>
    private async Task<Dictionary<Guid, int>> HeldCountsAsync(DateOnly date, Guid[] facilities, CancellationToken ct) =>
        await db.StatusOn(date, Confidence.Verified, Population.Named)
            .Where(s => s.Status == DetaineeStatus.Held && s.FacilityId != null && facilities.Contains(s.FacilityId!.Value))
            .GroupBy(s => s.FacilityId!.Value)
            .Select(g => new { Facility = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Facility, g => g.Count, ct);

    private static FacilityRecord WithCount(FacilityRecord item, Dictionary<Guid, int> held, Viewer viewer)
    {
        item.Held = CountCell.Of(held.GetValueOrDefault(item.Id), viewer.IsStaff);
        return item;
    }
}
