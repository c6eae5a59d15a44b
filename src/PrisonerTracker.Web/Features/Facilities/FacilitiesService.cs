using PrisonerTracker.Domain.Status;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Privacy;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary>
/// Detention sites with who is held there, shared by the pages and the API. Counts cover named
/// people only: a withheld person is never placed at a facility, not even as a count (docs/privacy.md).
/// </summary>
public sealed partial class FacilitiesService(TrackerDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Every facility, by name, with the number held there on <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<FacilityItem>> ListAsync(DateOnly? asOf, Viewer viewer, Links links, CancellationToken ct)
    {
        var date = asOf ?? Today;
        var held = await HeldCountsAsync(date, null, ct);
        var facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Name).ThenBy(f => f.Id).ToListAsync(ct);
        return [.. facilities.Select(f => ToItem(f, date, CountCell.Of(held.GetValueOrDefault(f.Id), viewer.IsStaff), links))];
    }

    /// <summary>Every facility's id and name, by name: the choices of a facility filter.</summary>
    public async Task<IReadOnlyList<FacilityChoice>> ChoicesAsync(CancellationToken ct) =>
        await db.Facilities.AsNoTracking().OrderBy(f => f.Name).ThenBy(f => f.Id)
            .Select(f => new FacilityChoice(f.Id, f.Name)).ToListAsync(ct);

    public async Task<FacilityDetail?> GetAsync(Guid id, DateOnly? asOf, Viewer viewer, Links links, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null) return null;
        var date = asOf ?? Today;
        var count = (await HeldCountsAsync(date, id, ct)).GetValueOrDefault(id);

        var named = await (from s in db.StatusOn(date, Confidence.Verified, PopulationFilters.ListedFor(viewer))
                           join d in db.KnownDetainees on s.DetaineeId equals d.Id
                           where s.Status == DetaineeStatus.Held && s.FacilityId == id
                           orderby d.Name, d.Id
                           select new { d.Id, d.Name, s.Since })
            .AsNoTracking().ToListAsync(ct);
        var since = await Detainees.DateOfRecord.OfStatusSinceAsync(db, [.. named.Select(p => (p.Id, p.Since))], ct);
        var people = named.Select(p => new HeldPerson(p.Id, p.Name, p.Since, links.Page($"detainees/{p.Id}"), since.GetValueOrDefault(p.Id))).ToList();
        var movements = await MovementsAsync(id, date, viewer, links, ct);
        return new FacilityDetail(ToItem(facility, date, CountCell.Of(count, viewer.IsStaff), links), people, movements);
    }

    private async Task<Dictionary<Guid, int>> HeldCountsAsync(DateOnly date, Guid? only, CancellationToken ct)
    {
        var held = db.StatusOn(date, Confidence.Verified, Population.Named).Where(s => s.Status == DetaineeStatus.Held && s.FacilityId != null);
        if (only is { } id) held = held.Where(s => s.FacilityId == id);
        return await held.GroupBy(s => s.FacilityId!.Value)
            .Select(g => new { Facility = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Facility, g => g.Count, ct);
    }

    private static FacilityItem ToItem(Domain.Facilities.Facility f, DateOnly date, CountCell held, Links links) => new(
        f.Id, f.Name, f.Kind, f.Operator, f.Region, f.City, f.Latitude, f.Longitude, f.IsOpen,
        f.ReportedPopulationLow, f.ReportedPopulationHigh, date, held, links.Page($"facilities/{f.Id}"));
}
