using PrisonerTracker.Domain.Status;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure.ReadModel;
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
    /// dimension, as known at <see cref="Infrastructure.TrackerDbContext.KnownAt"/>: the status rule over
    /// the events as they were then, grouped in SQL in two passes (people by their attributes, the
    /// detained by facility). What is known now comes from the counts read model instead
    /// (<see cref="CountsNowAsync"/>); both give the same cells, a test compares them.
    /// </summary>
    private async Task<(Dictionary<DetaineeStatus, int> Counts, int UnverifiedReleases, SummaryBreakdowns? Breakdowns)> CountsWithBreakdownsAsync(
        DateOnly date, Confidence threshold, bool exact, CancellationToken ct)
    {
        var named = from s in db.StatusOn(date, threshold, Population.Named)
                    join d in db.KnownDetainees on s.DetaineeId equals d.Id
                    select new { s.Status, s.UnverifiedKind, s.FacilityId, d.Gender, d.MinorAtArrest, d.Service, d.Nationalities, d.Region };
        var groups = await named
            .GroupBy(p => new { p.Status, p.UnverifiedKind, p.Gender, p.MinorAtArrest, p.Service, p.Nationalities, p.Region })
            .Select(g => new { g.Key, Count = g.Count() })
            .AsNoTracking().ToListAsync(ct);
        var atFacilities = await named.Where(p => DetainedStatuses.Contains(p.Status))
            .GroupBy(p => p.FacilityId).Select(g => new { FacilityId = g.Key, Count = g.Count() })
            .AsNoTracking().ToListAsync(ct);

        var counts = groups.GroupBy(g => g.Key.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var unverified = groups.Where(g => DetainedStatuses.Contains(g.Key.Status)
            && g.Key.UnverifiedKind is EventKind.ReleasedConditional or EventKind.ReleasedFull).Sum(g => g.Count);
        var cells = groups.Where(g => GroupOf(g.Key.Status) is not null).SelectMany(g =>
        {
            var group = GroupOf(g.Key.Status)!.Value;
            return new[]
            {
                new CountCell(group, "gender", g.Key.Gender.ToString(), g.Count),
                new CountCell(group, "minor", g.Key.MinorAtArrest ? "true" : "false", g.Count),
                new CountCell(group, "service", g.Key.Service.ToString(), g.Count),
                new CountCell(group, "region", string.IsNullOrWhiteSpace(g.Key.Region) ? Unknown : g.Key.Region, g.Count),
            }.Concat((g.Key.Nationalities.Count == 0 ? [Unknown] : g.Key.Nationalities).Select(n => new CountCell(group, "nationality", n, g.Count)));
        }).Concat(atFacilities.Select(f => new CountCell(CountMetric.Detained, "facility", f.FacilityId?.ToString() ?? Unknown, f.Count)));
        return (counts, unverified, await BreakdownsAsync(counts, cells, exact, ct));
    }

    private static CountMetric? GroupOf(DetaineeStatus status) =>
        DetainedStatuses.Contains(status) ? CountMetric.Detained : ReleasedStatuses.Contains(status) ? CountMetric.Released : null;

    /// <summary>
    /// The two breakdowns from their cells (group, dimension, key, count), whichever model counted them.
    /// Named people only: a label or a cell never comes from a withheld record (docs/privacy.md). A
    /// released person is held nowhere: the facility dimension is empty for releases, as documented.
    /// </summary>
    private async Task<SummaryBreakdowns> BreakdownsAsync(IReadOnlyDictionary<DetaineeStatus, int> counts, IEnumerable<CountCell> cells,
        bool exact, CancellationToken ct)
    {
        var all = cells.ToList();
        var facilityIds = all.Where(c => c.Dimension == "facility" && c.Key != Unknown).Select(c => Guid.Parse(c.Key)).Distinct().ToList();
        var facilities = await db.Facilities.Where(f => facilityIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id.ToString(), f => f.Name, ct);

        PopulationBreakdown Of(CountMetric group, DetaineeStatus[] statuses)
        {
            IReadOnlyList<BreakdownCell> Cells(string dimension, Func<string, string> key, Func<string, string?>? label = null) =>
                BreakdownCell.Build(all.Where(c => c.Metric == group && c.Dimension == dimension)
                    .GroupBy(c => c.Key).Select(g => (key(g.Key), label?.Invoke(g.Key), (int)g.Sum(c => c.Count))), exact);
            return new(statuses.Sum(counts.GetValueOrDefault),
                Cells("gender", QueryNames.Kebab), Cells("minor", k => k), Cells("service", QueryNames.Kebab),
                Cells("nationality", k => k), Cells("facility", k => k, facilities.GetValueOrDefault), Cells("region", k => k));
        }

        return new SummaryBreakdowns(Of(CountMetric.Detained, DetainedStatuses), Of(CountMetric.Released, ReleasedStatuses));
    }
}
