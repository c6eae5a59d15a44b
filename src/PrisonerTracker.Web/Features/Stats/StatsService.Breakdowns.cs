using PrisonerTracker.Domain.Status;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    private const string Unknown = "unknown";
    private static readonly DetaineeStatus[] DetainedStatuses = [DetaineeStatus.Held, DetaineeStatus.WhereaboutsUnknown];
    private static readonly DetaineeStatus[] ReleasedStatuses = [DetaineeStatus.ReleasedConditional, DetaineeStatus.ReleasedFull];

    /// <summary>
    /// The counts by status, the uncounted releases, and the detained and the verified releases by
    /// dimension. Named people only: a label or a cell never comes from a withheld record
    /// (docs/privacy.md). Grouped in SQL, in two passes (people by their attributes, the detained by
    /// facility), so a few thousand groups travel instead of one row per person.
    /// </summary>
    private async Task<(Dictionary<DetaineeStatus, int> Counts, int UnverifiedReleases, SummaryBreakdowns? Breakdowns)> CountsWithBreakdownsAsync(
        DateOnly date, Confidence threshold, bool exact, CancellationToken ct)
    {
        var named = from s in db.StatusOn(date, threshold, Population.Named)
                    join d in db.KnownDetainees on s.DetaineeId equals d.Id
                    select new { s.Status, s.UnverifiedKind, s.FacilityId, d.Gender, d.MinorAtArrest, d.Service, d.Nationalities, d.Region };
        var groups = (await named
            .GroupBy(p => new { p.Status, p.UnverifiedKind, p.Gender, p.MinorAtArrest, p.Service, p.Nationalities, p.Region })
            .Select(g => new { g.Key, Count = g.Count() })
            .AsNoTracking().ToListAsync(ct))
            .Select(g => new Group(g.Key.Status, g.Key.UnverifiedKind, g.Key.Gender.ToString(), g.Key.MinorAtArrest, g.Key.Service.ToString(),
                g.Key.Nationalities, g.Key.Region, g.Count))
            .ToList();
        var atFacilities = await named.Where(p => DetainedStatuses.Contains(p.Status))
            .GroupBy(p => p.FacilityId).Select(g => new { FacilityId = g.Key, Count = g.Count() })
            .AsNoTracking().ToListAsync(ct);

        var counts = groups.GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var unverified = groups.Where(g => DetainedStatuses.Contains(g.Status)
            && g.UnverifiedKind is EventKind.ReleasedConditional or EventKind.ReleasedFull).Sum(g => g.Count);
        var facilityIds = atFacilities.Where(f => f.FacilityId is not null).Select(f => f.FacilityId!.Value).ToList();
        var facilities = await db.Facilities.Where(f => facilityIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var byFacility = atFacilities.Select(f => f.FacilityId is { } id ? (id.ToString(), facilities.GetValueOrDefault(id), f.Count) : (Unknown, (string?)null, f.Count));

        // A released person is held nowhere: the facility dimension is left empty for releases, as documented.
        PopulationBreakdown Of(IReadOnlyCollection<Group> group, IEnumerable<(string, string?, int)> facility) => new(
            group.Sum(g => g.Count),
            Cells(group.Select(g => (QueryNames.Kebab(g.Gender), (string?)null, g.Count)), exact),
            Cells(group.Select(g => (g.Minor ? "true" : "false", (string?)null, g.Count)), exact),
            Cells(group.Select(g => (QueryNames.Kebab(g.Service), (string?)null, g.Count)), exact),
            Cells(group.SelectMany(g => (g.Nationalities.Count == 0 ? [Unknown] : g.Nationalities).Select(n => (n, (string?)null, g.Count))), exact),
            Cells(facility, exact),
            Cells(group.Select(g => (string.IsNullOrWhiteSpace(g.Region) ? Unknown : g.Region, (string?)null, g.Count)), exact));

        return (counts, unverified, new SummaryBreakdowns(
            Of([.. groups.Where(g => DetainedStatuses.Contains(g.Status))], byFacility),
            Of([.. groups.Where(g => ReleasedStatuses.Contains(g.Status))], [])));
    }

    private static IReadOnlyList<BreakdownCell> Cells(IEnumerable<(string Key, string? Label, int Count)> values, bool exact) =>
        BreakdownCell.Build(values.GroupBy(v => (v.Key, v.Label)).Select(g => (g.Key.Key, g.Key.Label, g.Sum(v => v.Count))), exact);

    /// <summary>People who share a status and every attribute a breakdown cuts by (a dual national's group counts in each nationality).</summary>
    private sealed record Group(DetaineeStatus Status, EventKind? UnverifiedKind, string Gender, bool Minor, string Service,
        IReadOnlyList<string> Nationalities, string? Region, int Count);
}
