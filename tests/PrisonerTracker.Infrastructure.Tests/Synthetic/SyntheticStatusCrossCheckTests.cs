using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests.Synthetic;

/// <summary>
/// On a synthetic population (official claims later contradicted, pending and rejected facts,
/// every confidence, re-arrests, deaths, same-day events), the SQL function
/// <c>detainee_status_on</c> gives each person the status <see cref="StatusRules"/> gives,
/// and the same totals as <see cref="StatusRules.Tally"/>.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SyntheticStatusCrossCheckTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly[] Dates =
        [new(2024, 3, 1), new(2024, 9, 15), new(2025, 6, 30), new(2026, 1, 7), new(2026, 1, 8), new(2026, 1, 15), new(2026, 1, 31)];

    private static readonly IEnumerable<(DateOnly Date, Confidence Threshold)> Cases =
        from date in Dates from threshold in Enum.GetValues<Confidence>() select (date, threshold);

    private List<Detainee> _people = [];

    public async Task InitializeAsync()
    {
        await SmallSyntheticDataset.GenerateAsync(fixture);
        _people = await SmallSyntheticDataset.LoadPeopleAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SqlGivesEveryPersonTheDomainStatusOnEveryDateAndThreshold()
    {
        await using var db = fixture.CreateContext();
        foreach (var (date, threshold) in Cases)
        {
            var sql = await StatusRowsAsync(db, date, threshold);
            foreach (var person in _people)
            {
                var expected = person.StatusOn(date, threshold);
                var row = sql.GetValueOrDefault(person.Id);
                var context = $"{person.Name} on {date:yyyy-MM-dd} at {threshold}";
                Assert.True(expected.Status.ToString() == (row?.Status ?? nameof(DetaineeStatus.NotHeld)),
                    $"{context}: rules say {expected.Status}, SQL says {row?.Status ?? "(no row)"}");
                Assert.True(expected.Since == row?.Since, $"{context}: since {expected.Since} against {row?.Since}");
                Assert.True(expected.FacilityId == row?.FacilityId, $"{context}: facility differs");
                Assert.True(expected.Unverified?.Id == row?.UnverifiedEventId, $"{context}: unverified event differs");
                Assert.True(expected.Unverified?.Kind.ToString() == row?.UnverifiedKind, $"{context}: unverified kind differs");
            }
        }
    }

    [Fact]
    public async Task SqlTotalsEqualTheDomainTallyOnEveryDateAndThreshold()
    {
        await using var db = fixture.CreateContext();
        foreach (var (date, threshold) in Cases)
        {
            var expected = StatusRules.Tally(_people.Select(p => p.Events.Select(e => e.ToFact())), date, threshold);
            var rows = (await StatusRowsAsync(db, date, threshold)).Values.ToList();
            int Count(DetaineeStatus status) => rows.Count(r => r.Status == status.ToString());
            var unverifiedReleases = rows.Count(r => r.Status is "Held" or "WhereaboutsUnknown"
                && r.UnverifiedKind is nameof(EventKind.ReleasedConditional) or nameof(EventKind.ReleasedFull));

            var rules = (expected.Held, expected.WhereaboutsUnknown, expected.ReleasedConditional, expected.ReleasedFull,
                expected.Deceased, expected.ReleaseReportedUnverified);
            var database = (Count(DetaineeStatus.Held), Count(DetaineeStatus.WhereaboutsUnknown), Count(DetaineeStatus.ReleasedConditional),
                Count(DetaineeStatus.ReleasedFull), Count(DetaineeStatus.Deceased), unverifiedReleases);
            Assert.True(rules == database, $"{date:yyyy-MM-dd} at {threshold}: rules count {rules}, SQL counts {database}");
        }
    }

    /// <summary>Guards the two tests above against passing on a population too plain to disagree on.</summary>
    [Fact]
    public void ThePopulationHoldsTheCasesWhereSqlAndRulesCouldDisagree()
    {
        var last = Dates[^1];
        var statuses = _people.Select(p => p.StatusOn(last)).ToList();
        var counts = StatusRules.Tally(_people.Select(p => p.Events.Select(e => e.ToFact())), last);

        Assert.True(counts.Held > 50 && counts.Released > 50 && counts.WhereaboutsUnknown > 0, "held, released and disappeared");
        Assert.True(counts.ReleaseReportedUnverified > 5, "releases reported but not yet verified");
        Assert.Contains(statuses, s => s.Status == DetaineeStatus.NotHeld && s.Unverified is not null);
        Assert.Contains(statuses, s => s.FacilityId is not null);
        Assert.Contains(_people, p => p.Events.Any(e => e.Kind == EventKind.ReArrested && e.ReviewState == ReviewState.Approved));
        Assert.Contains(_people, p => p.Events.GroupBy(e => e.EventDate).Any(g => g.Count() > 1));
    }

    private static async Task<Dictionary<Guid, SyntheticStatusRow>> StatusRowsAsync(TrackerDbContext db, DateOnly date, Confidence threshold) =>
        await db.Database.SqlQuery<SyntheticStatusRow>($"""
            SELECT detainee_id, status, since, facility_id, unverified_event_id, unverified_kind
            FROM detainee_status_on({date}, {threshold.ToString()})
            """).ToDictionaryAsync(r => r.DetaineeId);
}

public sealed class SyntheticStatusRow
{
    public Guid DetaineeId { get; init; }
    public string Status { get; init; } = "";
    public DateOnly? Since { get; init; }
    public Guid? FacilityId { get; init; }
    public Guid? UnverifiedEventId { get; init; }
    public string? UnverifiedKind { get; init; }
}
