using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    private const string Unknown = "unknown";
    private static readonly string[] DetainedStatuses = ["Held", "WhereaboutsUnknown"];
    private static readonly string[] ReleasedStatuses = ["ReleasedConditional", "ReleasedFull"];

    /// <summary>The detained and the verified releases on a date, by dimension. Withheld people are in the cells.</summary>
    private async Task<SummaryBreakdowns> BreakdownsAsync(DateOnly date, Confidence threshold, bool exact, CancellationToken ct)
    {
        // One row per person of either population; grouped here, where a dual national can fall in two cells.
        var people = await (from s in db.StatusOn(date, threshold)
                            join d in db.Detainees on s.DetaineeId equals d.Id
                            where DetainedStatuses.Contains(s.Status) || ReleasedStatuses.Contains(s.Status)
                            select new Person(s.Status, s.FacilityId, d.Gender.ToString(), d.MinorAtArrest, d.Service.ToString(), d.Nationalities, d.Region))
            .AsNoTracking()
            .ToListAsync(ct);
        var facilityIds = people.Where(p => p.FacilityId is not null).Select(p => p.FacilityId!.Value).Distinct().ToList();
        var facilities = await db.Facilities.Where(f => facilityIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);

        // A released person is held nowhere: the facility dimension is left empty for releases, as documented.
        PopulationBreakdown Of(IReadOnlyCollection<Person> group, bool byFacility = true) => new(
            group.Count,
            Cells(group.Select(p => (p.Gender, (string?)null)), exact),
            Cells(group.Select(p => (p.Minor ? "true" : "false", (string?)null)), exact),
            Cells(group.Select(p => (p.Service, (string?)null)), exact),
            Cells(group.SelectMany(p => p.Nationalities.Count == 0 ? [Unknown] : p.Nationalities).Select(n => (n, (string?)null)), exact),
            byFacility ? Cells(group.Select(p => p.FacilityId is { } id ? (id.ToString(), facilities.GetValueOrDefault(id)) : (Unknown, null)), exact) : [],
            Cells(group.Select(p => (string.IsNullOrWhiteSpace(p.Region) ? Unknown : p.Region, (string?)null)), exact));

        return new SummaryBreakdowns(
            Of([.. people.Where(p => DetainedStatuses.Contains(p.Status))]),
            Of([.. people.Where(p => ReleasedStatuses.Contains(p.Status))], byFacility: false));
    }

    private static IReadOnlyList<BreakdownCell> Cells(IEnumerable<(string Key, string? Label)> values, bool exact) =>
        BreakdownCell.Build(values.GroupBy(v => v).Select(g => (g.Key.Key, g.Key.Label, g.Count())), exact);

    private sealed record Person(string Status, Guid? FacilityId, string Gender, bool Minor, string Service, IReadOnlyList<string> Nationalities, string? Region);
}
