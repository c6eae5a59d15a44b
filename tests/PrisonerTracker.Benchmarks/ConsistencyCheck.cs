using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Benchmarks;

/// <summary>
/// Before timing anything: on the full dataset, the SQL status function must count what
/// <see cref="StatusRules.Tally"/> counts over every event in C#. A fast wrong answer is no benchmark.
/// </summary>
internal static class ConsistencyCheck
{
    public static async Task<string> RunAsync(TestDatabase database, DateOnly asOf)
    {
        await using var db = database.CreateContext();
        var facts = await db.Events.AsNoTracking()
            .Select(e => new { e.DetaineeId, Fact = new EventFact(e.Id, e.Kind, e.EventDate, e.Confidence, e.ReviewState, e.EnteredAt, e.FacilityId) })
            .ToListAsync();
        var expected = StatusRules.Tally(facts.GroupBy(f => f.DetaineeId, f => f.Fact), asOf);
        var counts = await db.StatusOn(asOf, Confidence.Verified, Population.Everyone)
            .GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count);
        int Count(DetaineeStatus status) => counts.GetValueOrDefault(status);

        var rules = (expected.Held, expected.WhereaboutsUnknown, expected.ReleasedConditional, expected.ReleasedFull, expected.Deceased);
        var sql = (Count(DetaineeStatus.Held), Count(DetaineeStatus.WhereaboutsUnknown), Count(DetaineeStatus.ReleasedConditional), Count(DetaineeStatus.ReleasedFull), Count(DetaineeStatus.Deceased));
        var verdict = rules == sql ? "agree" : "DISAGREE";
        return $"{verdict}: on {asOf:yyyy-MM-dd} over {facts.Count} events, StatusRules.Tally gives " +
            $"(held, whereabouts unknown, released conditional, released full, deceased) = {rules}, the status read model gives {sql}";
    }
}
