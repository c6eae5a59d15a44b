using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Dashboard;
using PrisonerTracker.Web.Features.Events;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Benchmarks;

/// <summary>
/// The queries measured on a generated dataset. Each run opens a fresh DbContext (from the
/// connection pool), as one web request would.
/// </summary>
internal sealed class Scenarios(TestDatabase database, int warmups, int runs)
{
    /// <summary>The last day of the synthetic calendar: the whole history and the release wave are behind it.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 31);
    private static readonly DateOnly MonthStart = new(2026, 1, 1);

    /// <summary>Slow scenarios get fewer runs so a whole benchmark stays within minutes.</summary>
    private int SlowRuns => Math.Max(3, runs / 4);

    public async Task<List<Measurement>> RunAsync() =>
    [
        await Measure("detainee_status_on, all rows", "every person's status on 2026-01-31 (Verified), read in full", runs, async () =>
            $"{await CountRowsAsync("SELECT * FROM detainee_status_on(@d, 'Verified')", AsOf)} rows"),
        await Measure("detainee_status_on, grouped", "counts by status on 2026-01-31, grouped in SQL", runs, async () =>
            $"{await CountRowsAsync("SELECT status, count(*) FROM detainee_status_on(@d, 'Verified') GROUP BY status", AsOf)} statuses"),
        await Measure("StatsService.GetSummaryAsync", "the headline summary on 2026-01-31 (all its queries)", runs, async () =>
        {
            await using var db = database.CreateContext();
            var summary = await new StatsService(db, TimeProvider.System).GetSummaryAsync(AsOf);
            var register = summary.Register;
            return $"held {register.Held}, released {register.ReleasedVerified}, unverified {register.ReleaseReportedUnverified}";
        }),
        await Measure("Name search, accented", "MatchingName(\"José García\"), first 50 by name", runs, () => SearchAsync("José García")),
        await Measure("Name search, unaccented", "MatchingName(\"jose garcia\"), first 50 by name", runs, () => SearchAsync("jose garcia")),
        await Measure("Name search, one common word", "MatchingName(\"Martínez\"), first 50 by name", runs, () => SearchAsync("Martínez")),
        await Measure("Name search, misspelt", "MatchingName(\"Jose Rodrigues\"), first 50 by name (trigram similarity)", runs,
            () => SearchAsync("Jose Rodrigues")),
        await Measure("Time series, app (set-based)", "StatsService.GetTimeseriesAsync, 31 daily points in January 2026", SlowRuns, async () =>
        {
            await using var db = database.CreateContext();
            var series = await new StatsService(db, TimeProvider.System)
                .GetTimeseriesAsync(MonthStart, AsOf, Interval.Day, Confidence.Verified, CancellationToken.None);
            return $"{series.Points.Count} points, held on the 31st {series.Points[^1].Held}";
        }),
        await Measure("Time series, generate_series", "31 days x detainee_status_on via generate_series and LATERAL", SlowRuns, async () =>
            $"{await CountRowsAsync(DailySeriesSql, MonthStart)} points"),
        await Measure("Dashboard, all its data", "DashboardService.GetAsync on 2026-01-31 for the public: summary, breakdowns, chart series, feed", SlowRuns, async () =>
        {
            await using var db = database.CreateContext();
            var stats = new StatsService(db, TimeProvider.System);
            var view = await new DashboardService(stats, new EventsService(db))
                .GetAsync(AsOf, null, wholeFeed: false, Viewer.Anonymous, new Links("http://localhost"), CancellationToken.None);
            return $"held {view.Summary.Register.Held}, {view.Feed.Items.Count} feed items";
        }),
    ];

    /// <summary>The plain way to a daily series: the status function once per day of the month.</summary>
    public const string DailySeriesSql = """
        SELECT day::date,
               count(*) FILTER (WHERE s.status = 'Held') AS held,
               count(*) FILTER (WHERE s.status = 'WhereaboutsUnknown') AS whereabouts_unknown,
               count(*) FILTER (WHERE s.status IN ('ReleasedConditional', 'ReleasedFull')) AS released
        FROM generate_series(@d::timestamp, @d::timestamp + interval '30 days', interval '1 day') AS day
        CROSS JOIN LATERAL detainee_status_on(day::date, 'Verified') AS s
        GROUP BY day ORDER BY day
        """;

    private Task<Measurement> Measure(string name, string what, int count, Func<Task<string>> operation) =>
        Measurement.RunAsync(name, what, warmups, count, operation);

    private async Task<string> SearchAsync(string query)
    {
        await using var db = database.CreateContext();
        var names = await db.Detainees.MatchingName(query).OrderBy(d => d.Name).Select(d => d.Name).Take(50).ToListAsync();
        return names.Count == 0 ? "no match" : $"{names.Count} shown, first {names[0]}";
    }

    private async Task<int> CountRowsAsync(string sql, DateOnly date)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("d", date);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync()) rows++;
        return rows;
    }
}
