using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;

namespace PrisonerTracker.Infrastructure.ReadModel;

/// <summary>Whose marks a count adds up: the people the public may see by name, or those withheld.</summary>
public enum CountedPeople { Named, Withheld }

/// <summary>
/// A figure the counts read model keeps (Sql/09_status_counts.sql): the statuses (by their
/// <see cref="DetaineeStatus"/> names), and the marks of events and breakdown groups.
/// </summary>
public enum CountMetric
{
    NotHeld, Held, WhereaboutsUnknown, ReleasedConditional, ReleasedFull, Deceased,
    /// <summary>Detained, with a release reported that does not count yet.</summary>
    UnverifiedRelease,
    /// <summary>Breakdown groups: detained (held or whereabouts unknown) and released (either kind).</summary>
    Detained, Released,
    /// <summary>People with an approved fact dated on or before the day.</summary>
    NamedPeople,
    /// <summary>People with a counted release (per person: <see cref="CountsReadModel.BetweenAsync"/>).</summary>
    Release,
    /// <summary>People with a live (pending or approved) release.</summary>
    ReleaseReported,
    /// <summary>Arrests and re-arrests that count, and live ones that do not.</summary>
    Arrest, ArrestReported,
}

/// <summary>One figure on a date; <see cref="Dimension"/> and <see cref="Key"/> are empty except for breakdown cells.</summary>
public sealed record CountCell(CountMetric Metric, string Dimension, string Key, long Count);

/// <summary>What one day changed in a figure (<c>Repeat</c>: a person's second release day in the same window).</summary>
public sealed record CountChange(DateOnly Day, CountMetric Metric, bool Repeat, long Delta);

/// <summary>
/// Reads of the counts read model: each costs the days and cells it covers, never the number of
/// people. The rules that fill it live in Sql/09_status_counts.sql; figures as known at an earlier
/// instant are not kept here and come from the events (Features/Stats).
/// </summary>
public static class CountsReadModel
{
    public static async Task<IReadOnlyList<CountCell>> OnAsync(TrackerDbContext db, Confidence threshold, CountedPeople people,
        DateOnly day, bool breakdowns, CancellationToken ct)
    {
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT metric, dimension, key, count FROM status_counts_on({threshold.ToString()}, {people.ToString()}, {day}, {breakdowns})
            WHERE count <> 0
            """).ToListAsync(ct);
        return [.. rows.Select(r => new CountCell(Enum.Parse<CountMetric>(r.Metric), r.Dimension, r.Key, r.Count))];
    }

    /// <summary>
    /// People with a <paramref name="metric"/> mark from <paramref name="from"/> (null: ever) to
    /// <paramref name="to"/>, each once (release metrics); events for the arrest metrics.
    /// </summary>
    public static Task<long> BetweenAsync(TrackerDbContext db, Confidence threshold, CountedPeople people, CountMetric metric,
        DateOnly? from, DateOnly to, CancellationToken ct) =>
        db.Database.SqlQuery<long>($"""
            SELECT status_count_between({threshold.ToString()}, {people.ToString()}, {metric.ToString()}, {from}, {to}) AS "Value"
            """).SingleAsync(ct);

    /// <summary>
    /// Every change of the named figures from <paramref name="from"/> to <paramref name="to"/>, day by day,
    /// with the pairs of release days that fall inside that window: a time series is a running sum of these.
    /// </summary>
    public static async Task<IReadOnlyList<CountChange>> ChangesAsync(TrackerDbContext db, Confidence threshold, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var min = threshold.ToString();
        var rows = await db.Database.SqlQuery<ChangeRow>($"""
            SELECT day, metric, false AS repeat, sum(delta) AS delta FROM status_counts
            WHERE threshold = {min} AND population = 'Named' AND dimension = '' AND day BETWEEN {from} AND {to}
            GROUP BY day, metric
            UNION ALL
            SELECT day, metric, true, sum(delta) FROM status_count_repeats
            WHERE threshold = {min} AND population = 'Named' AND prev_day >= {from} AND day BETWEEN {from} AND {to}
            GROUP BY day, metric
            """).ToListAsync(ct);
        return [.. rows.Where(r => r.Delta != 0).Select(r => new CountChange(r.Day, Enum.Parse<CountMetric>(r.Metric), r.Repeat, r.Delta))];
    }

    private sealed class Row
    {
        public string Metric { get; init; } = "";
        public string Dimension { get; init; } = "";
        public string Key { get; init; } = "";
        public long Count { get; init; }
    }

    private sealed class ChangeRow
    {
        public DateOnly Day { get; init; }
        public string Metric { get; init; } = "";
        public bool Repeat { get; init; }
        public long Delta { get; init; }
    }
}
