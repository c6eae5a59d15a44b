using PrisonerTracker.Domain.Status;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Privacy;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Facilities;

// The API side: keyset pages, CSV export, and one facility's counts on a date.
public sealed partial class FacilitiesService
{
    public static readonly SortSpec<FacilityRecord> ByName = new SortSpec<FacilityRecord, string>("name", f => f.Name, f => f.Id, false, k => k, k => k);

    public async Task<Page<FacilityRecord>> ListPageAsync(FacilityListQuery query, PageInput page, Links links, CancellationToken ct)
    {
        var (rows, next, total) = await Keyset.PageAsync(Rows(query), ByName, page, countTotal: true, ct);
        return new Page<FacilityRecord>([.. rows.Select(r => WithLinks(r, links))], next, total);
    }

    public async IAsyncEnumerable<FacilityRecord> ExportAsync(FacilityListQuery query, Links links,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in Keyset.ChunksAsync(Rows(query), ByName, ct))
            foreach (var row in chunk) yield return WithLinks(row, links);
    }

    public async Task<FacilityRecordDetail?> GetRecordAsync(Guid id, FacilityDetailQuery query, Viewer viewer, Links links, CancellationToken ct)
    {
        var facility = await Rows(new FacilityListQuery()).SingleOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null) return null;
        var asOf = query.AsOf ?? Today;
        var threshold = query.MinConfidence?.Value ?? Confidence.Verified;
        var counted = Enum.GetValues<Confidence>().Where(c => c >= threshold).ToArray();

        // Counts cover named people; staff also see withheld people listed, marked as such.
        var here = db.StatusOn(asOf, threshold, Population.Named).Where(s => s.FacilityId == id);
        var held = await here.CountAsync(s => s.Status == DetaineeStatus.Held, ct);
        var unknown = await here.CountAsync(s => s.Status == DetaineeStatus.WhereaboutsUnknown, ct);
        // Released from here: the latest counted event naming a facility, before the release, names this one.
        var released = await db.StatusOn(asOf, threshold, Population.Named)
            .Where(s => s.Status == DetaineeStatus.ReleasedConditional || s.Status == DetaineeStatus.ReleasedFull)
            .CountAsync(s => db.KnownEvents
                .Where(e => e.DetaineeId == s.DetaineeId && e.FacilityId != null && e.EventDate <= asOf
                    && e.ReviewState == ReviewState.Approved && counted.Contains(e.Confidence))
                .OrderByDescending(e => e.EventDate).ThenByDescending(e => e.EnteredAt).ThenByDescending(e => e.Id)
                .Select(e => e.FacilityId).FirstOrDefault() == id, ct);

        var people = await (from s in db.StatusOn(asOf, threshold, PopulationFilters.ListedFor(viewer)).Where(s => s.FacilityId == id)
                            join d in db.KnownDetainees on s.DetaineeId equals d.Id
                            orderby d.Name, d.Id
                            select new { d.Id, d.Name, s.Status, s.Since }).ToListAsync(ct);
        var exact = viewer.IsStaff;
        return new FacilityRecordDetail(WithLinks(facility, links), asOf, threshold,
            new FacilityCounts(CountCell.Of(held, exact), CountCell.Of(unknown, exact), CountCell.Of(released, exact)),
            people.Count,
            [.. people.Select(p => new PersonAtFacility(p.Id, p.Name, DetaineeMapping.StatusName(p.Status), p.Since,
                links.Page($"detainees/{p.Id}"), links.Api($"detainees/{p.Id}")))]);
    }

    private IQueryable<FacilityRecord> Rows(FacilityListQuery q)
    {
        var facilities = db.Facilities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Region)) facilities = facilities.Where(f => f.Region != null && f.Region.ToLower() == q.Region.Trim().ToLower());
        if (q.Kind is { } kind) facilities = facilities.Where(f => f.Kind == kind.Value);
        if (q.Open is { } open) facilities = facilities.Where(f => f.IsOpen == open);
        return facilities.Select(f => new FacilityRecord
        {
            Id = f.Id, Name = f.Name, Kind = f.Kind, Operator = f.Operator, Region = f.Region, City = f.City,
            Latitude = f.Latitude, Longitude = f.Longitude, IsOpen = f.IsOpen,
            ReportedPopulationLow = f.ReportedPopulationLow, ReportedPopulationHigh = f.ReportedPopulationHigh, UpdatedAt = f.UpdatedAt,
            Version = f.Version,
        });
    }

    private static FacilityRecord WithLinks(FacilityRecord item, Links links)
    {
        item.Url = links.Page($"facilities/{item.Id}");
        item.ApiUrl = links.Api($"facilities/{item.Id}");
        return item;
    }
}
