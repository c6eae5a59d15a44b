using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests;

/// <summary>
/// The status read model (<c>status_periods</c>) is kept by triggers in the write transaction. What
/// they kept, change after change, must equal a rebuild from the events, and equal the status rule
/// run over the events directly (what a reproduction at an earlier knownAt uses).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class StatusReadModelTests(DatabaseFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await using var db = fixture.CreateContext();
        await RandomHistories.SaveAsync(db, seed: 11, people: 60);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task MaintainedPeriodsEqualARebuildAfterReviewsDeletionsAndMovedEvents()
    {
        await using (var db = fixture.CreateContext())
        {
            // Changes of every kind the triggers follow: reviews, a soft deletion, a hard deletion, a merge moving events.
            var pending = await db.Events.Where(e => e.ReviewState == ReviewState.Pending).Take(10).ToListAsync();
            Assert.NotEmpty(pending);
            await db.Database.ExecuteSqlAsync($"UPDATE verification_events SET review_state = 'Approved', updated_at = updated_at + interval '1 hour' WHERE id = ANY({pending.Select(e => e.Id).ToArray()})");
            var people = await db.Detainees.OrderBy(d => d.Id).Select(d => d.Id).Take(3).ToListAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE verification_events SET deleted_at = '2026-02-01', updated_at = '2026-02-01' WHERE id = (SELECT id FROM verification_events WHERE detainee_id = {people[0]} ORDER BY event_date DESC LIMIT 1)");
            await db.Database.ExecuteSqlAsync($"DELETE FROM verification_events WHERE id = (SELECT id FROM verification_events WHERE detainee_id = {people[1]} ORDER BY event_date DESC LIMIT 1)");
            await db.Database.ExecuteSqlAsync($"UPDATE verification_events SET detainee_id = {people[2]} WHERE detainee_id = {people[1]}");
        }

        await using var check = fixture.CreateContext();
        var maintained = await PeriodsAsync(check);
        Assert.True(maintained.Count > 500, "the histories should give many periods");
        await check.Database.ExecuteSqlRawAsync("SELECT rebuild_status_periods()");
        var rebuilt = await PeriodsAsync(check);
        Assert.Equal(rebuilt, maintained);
    }

    [Fact]
    public async Task ReadModelEqualsTheRuleOverTheEventsAtEveryThreshold()
    {
        await using var db = fixture.CreateContext();
        foreach (var threshold in Enum.GetValues<Confidence>())
        {
            var model = await db.Database.SqlQuery<string>($"""
                SELECT concat_ws('|', detainee_id, valid_from, valid_to, status, since, facility_id, unverified_event_id) AS "Value"
                FROM status_periods WHERE threshold = {threshold.ToString()} ORDER BY 1
                """).ToListAsync();
            var rule = await db.Database.SqlQuery<string>($"""
                SELECT concat_ws('|', detainee_id, valid_from, valid_to, status, since, facility_id, unverified_event_id) AS "Value"
                FROM detainee_status_periods({threshold.ToString()}, {DateTimeOffset.UtcNow}) ORDER BY 1
                """).ToListAsync();
            Assert.NotEmpty(model);
            Assert.Equal(rule, model);
        }
    }

    [Fact]
    public async Task MaintainedCountsEqualARebuildAfterEditsWithholdingDeletionsReviewsAndMovedEvents()
    {
        await using (var db = fixture.CreateContext())
        {
            var people = await db.Detainees.OrderBy(d => d.Id).Select(d => d.Id).Take(8).ToListAsync();
            // Attributes the breakdowns cut by, set one statement at a time and several at once.
            await db.Database.ExecuteSqlAsync($"UPDATE detainees SET gender = 'Female', region = 'Zulia', nationalities = ARRAY['VE','CO'] WHERE id = ANY({people.Take(4).ToArray()})");
            await db.Database.ExecuteSqlAsync($"UPDATE detainees SET service = 'Military', minor_at_arrest = true, region = '  ' WHERE id = {people[4]}");
            // Withheld, published again, deleted, and the usual event changes.
            await db.Database.ExecuteSqlAsync($"UPDATE detainees SET withheld = true WHERE id = ANY({new[] { people[0], people[5] }})");
            await db.Database.ExecuteSqlAsync($"UPDATE detainees SET withheld = false WHERE id = {people[0]}");
            await db.Database.ExecuteSqlAsync($"UPDATE detainees SET deleted_at = '2026-02-01' WHERE id = {people[6]}");
            var pending = await db.Events.Where(e => e.ReviewState == ReviewState.Pending).Select(e => e.Id).Take(10).ToArrayAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE verification_events SET review_state = 'Approved', updated_at = updated_at + interval '1 hour' WHERE id = ANY({pending})");
            await db.Database.ExecuteSqlAsync($"UPDATE verification_events SET detainee_id = {people[7]} WHERE detainee_id = {people[1]}");
            await db.Database.ExecuteSqlAsync($"UPDATE detainees SET region = 'Lara' WHERE id = {people[1]}");
        }

        await using var check = fixture.CreateContext();
        var maintained = await CountsAsync(check);
        Assert.Contains(maintained, row => row.StartsWith("counts|Verified|Named|nationality|Detained|CO|", StringComparison.Ordinal)
            || row.StartsWith("counts|Verified|Named|nationality|Released|CO|", StringComparison.Ordinal));
        Assert.Contains(maintained, row => row.StartsWith("counts|Verified|Withheld||", StringComparison.Ordinal));
        Assert.Contains(maintained, row => row.StartsWith("repeats|", StringComparison.Ordinal));
        await check.Database.ExecuteSqlRawAsync("SELECT rebuild_status_periods()");
        Assert.Equal(await CountsAsync(check), maintained);
    }

    /// <summary>Every non-zero row of the counts read model (zero rows may linger after changes; a rebuild leaves none).</summary>
    private static Task<List<string>> CountsAsync(TrackerDbContext db) =>
        db.Database.SqlQuery<string>($"""
            SELECT concat_ws('|', 'counts', threshold, population, dimension, metric, key, day, delta) AS "Value" FROM status_counts WHERE delta <> 0
            UNION ALL SELECT concat_ws('|', 'totals', threshold, population, dimension, metric, key, total) FROM status_count_totals WHERE total <> 0
            UNION ALL SELECT concat_ws('|', 'repeats', threshold, population, metric, prev_day, day, delta) FROM status_count_repeats WHERE delta <> 0
            ORDER BY 1
            """).ToListAsync();

    private static Task<List<string>> PeriodsAsync(TrackerDbContext db) =>
        db.Database.SqlQuery<string>($"""
            SELECT concat_ws('|', threshold, detainee_id, valid_from, valid_to, status, since, facility_id,
                             unverified_event_id, unverified_kind, unverified_date) AS "Value"
            FROM status_periods ORDER BY 1
            """).ToListAsync();
}
