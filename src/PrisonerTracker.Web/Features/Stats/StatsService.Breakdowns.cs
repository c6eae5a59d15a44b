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
    /// dimension, from one pass of the status function. Named people only: a label or a cell
    /// never comes from a withheld record (docs/privacy.md).
    /// </summary>
    private async Task<(Dictionary<DetaineeStatus, int> Counts, int UnverifiedReleases, SummaryBreakdowns? Breakdowns)> CountsWithBreakdownsAsync(
        DateOnly date, Confidence threshold, bool exact, CancellationToken ct)
    {
        // One row per person; grouped here, where a dual national can fall in two cells.
        var everyone = await (from s in db.StatusOn(date, threshold, Population.Named)
                              join d in db.KnownDetainees on s.DetaineeId equals d.Id
                              select new Person(s.Status, s.UnverifiedKind, s.FacilityId, d.Gender.ToString(), d.MinorAtArrest,
                                  d.Service.ToString(), d.Nationalities, d.Region))
            .AsNoTracking()
            .ToListAsync(ct);
        var counts = everyone.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        var unverified = everyone.Count(p => DetainedStatuses.Contains(p.Status)
            && p.UnverifiedKind is EventKind.ReleasedConditional or EventKind.ReleasedFull);
        var people = everyone.Where(p => DetainedStatuses.Contains(p.Status) || ReleasedStatuses.Contains(p.Status)).ToList();
        var facilityIds = people.Where(p => p.FacilityId is not null).Select(p => p.FacilityId!.Value).Distinct().ToList();
        var facilities = await db.Facilities.Where(f => facilityIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);

        // A released person is held nowhere: the facility dimension is left empty for releases, as documented.
        PopulationBreakdown Of(IReadOnlyCollection<Person> group, bool byFacility = true) => new(
            group.Count,
            Cells(group.Select(p => (QueryNames.Kebab(p.Gender), (string?)null)), exact),
            Cells(group.Select(p => (p.Minor ? "true" : "false", (string?)null)), exact),
            Cells(group.Select(p => (QueryNames.Kebab(p.Service), (string?)null)), exact),
            Cells(group.SelectMany(p => p.Nationalities.Count == 0 ? [Unknown] : p.Nationalities).Select(n => (n, (string?)null)), exact),
            byFacility ? Cells(group.Select(p => p.FacilityId is { } id ? (id.ToString(), facilities.GetValueOrDefault(id)) : (Unknown, null)), exact) : [],
            Cells(group.Select(p => (string.IsNullOrWhiteSpace(p.Region) ? Unknown : p.Region, (string?)null)), exact));

        return (counts, unverified, new SummaryBreakdowns(
            Of([.. people.Where(p => DetainedStatuses.Contains(p.Status))]),
            Of([.. people.Where(p => ReleasedStatuses.Contains(p.Status))], byFacility: false)));
    }

    private static IReadOnlyList<BreakdownCell> Cells(IEnumerable<(string Key, string? Label)> values, bool exact) =>
        BreakdownCell.Build(values.GroupBy(v => v).Select(g => (g.Key.Key, g.Key.Label, g.Count())), exact);

    private sealed record Person(DetaineeStatus Status, EventKind? UnverifiedKind, Guid? FacilityId, string Gender, bool Minor, string Service, IReadOnlyList<string> Nationalities, string? Region);
}
