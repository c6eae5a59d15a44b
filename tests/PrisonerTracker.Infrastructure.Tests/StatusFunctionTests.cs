using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests;

/// <summary>
/// The SQL function <c>detainee_status_on</c> must give, person by person, exactly what
/// <see cref="StatusRules"/> gives: random histories with same-day events, ties in entry
/// time, pending, rejected and low-confidence facts, re-arrests and transfers.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class StatusFunctionTests(DatabaseFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await using var db = fixture.CreateContext();
        await RandomHistories.SaveAsync(db, seed: 7, people: 80);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly (string Date, Confidence Threshold)[] Cases =
    [
        ("2025-01-01", Confidence.Verified), ("2025-03-15", Confidence.Verified), ("2025-06-30", Confidence.Verified),
        ("2025-09-01", Confidence.Claimed), ("2025-10-10", Confidence.Reported), ("2025-12-31", Confidence.Verified),
        ("2026-01-20", Confidence.Confirmed), ("2026-01-20", Confidence.Claimed),
    ];

    [Fact]
    public async Task SqlStatusEqualsDomainRulesForEveryPersonOnEveryDate()
    {
        await using var db = fixture.CreateContext();
        var people = await db.Detainees.Include(d => d.Events).AsNoTracking().ToListAsync();
        Assert.True(people.Sum(p => p.Events.Count) > 300, "the random histories should be substantial");
        foreach (var (date, threshold) in Cases)
            await AssertSameStatusAsync(db, people, DateOnly.Parse(date), threshold);
    }

    private static async Task AssertSameStatusAsync(TrackerDbContext db, List<Domain.Detainees.Detainee> people, DateOnly asOf, Confidence threshold)
    {
        var sql = await db.Database.SqlQuery<StatusFunctionRow>(
                $"SELECT detainee_id, status, since, facility_id, unverified_event_id FROM detainee_status_on({asOf}, {threshold.ToString()})")
            .ToDictionaryAsync(r => r.DetaineeId);
        foreach (var person in people)
        {
            var expected = person.StatusOn(asOf, threshold);
            var row = sql.GetValueOrDefault(person.Id);
            Assert.Equal(expected.Status.ToString(), row?.Status ?? nameof(DetaineeStatus.NotHeld));
            Assert.Equal(expected.Since, row?.Since);
            Assert.Equal(expected.FacilityId, row?.FacilityId);
            Assert.Equal(expected.Unverified?.Id, row?.UnverifiedEventId);
        }
    }

    [Fact]
    public async Task TallyOfSqlEqualsTallyOfDomainRules()
    {
        var asOf = new DateOnly(2025, 11, 1);
        await using var db = fixture.CreateContext();
        var people = await db.Detainees.Include(d => d.Events).AsNoTracking().ToListAsync();
        var expected = StatusRules.Tally(people.Select(p => p.Events.Select(e => e.ToFact())), asOf);

        var held = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM detainee_status_on({asOf}, 'Verified') WHERE status = 'Held'").SingleAsync();
        var released = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM detainee_status_on({asOf}, 'Verified') WHERE status LIKE 'Released%'").SingleAsync();

        Assert.Equal(expected.Held, held);
        Assert.Equal(expected.Released, released);
        Assert.True(expected.Held > 0 && expected.Released > 0, "the sample should hold both held and released people");
    }
}

public sealed class StatusFunctionRow
{
    public Guid DetaineeId { get; init; }
    public string Status { get; init; } = "";
    public DateOnly? Since { get; init; }
    public Guid? FacilityId { get; init; }
    public Guid? UnverifiedEventId { get; init; }
}
