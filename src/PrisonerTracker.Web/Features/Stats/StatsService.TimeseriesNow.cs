using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure.ReadModel;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    /// <summary>
    /// The time series as known now: the figures on the day before <paramref name="from"/>, then a running
    /// sum of the counts read model's daily changes. Two reads whose size is the days in the range, whatever
    /// the number of people. Releases count people from <paramref name="from"/> on, each once.
    /// </summary>
    private async Task<List<TimeseriesRow>> TimeseriesNowAsync(DateOnly from, DateOnly to, Interval interval, Confidence threshold, CancellationToken ct)
    {
        var level = (await CountsReadModel.OnAsync(db, threshold, CountedPeople.Named, from.AddDays(-1), breakdowns: false, ct))
            .Where(c => c.Dimension.Length == 0).GroupBy(c => c.Metric).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        // Counted from the start of the range, not from the beginning: releases (people) and arrests (events).
        foreach (var windowed in new[] { CountMetric.Release, CountMetric.ReleaseReported, CountMetric.Arrest, CountMetric.ArrestReported })
            level[windowed] = 0;
        var changes = (await CountsReadModel.ChangesAsync(db, threshold, from, to, ct)).OrderBy(c => c.Day).ToList();

        var rows = new List<TimeseriesRow>();
        var next = 0;
        foreach (var (start, end) in Periods(from, to, interval))
        {
            long arrests = level[CountMetric.Arrest], arrestsReported = level[CountMetric.ArrestReported];
            for (; next < changes.Count && changes[next].Day <= end; next++)
                level[changes[next].Metric] = level.GetValueOrDefault(changes[next].Metric) + (changes[next].Repeat ? -1 : 1) * changes[next].Delta;
            int Level(CountMetric metric) => (int)level.GetValueOrDefault(metric);
            rows.Add(new TimeseriesRow
            {
                PeriodStart = start, PeriodEnd = end,
                Held = Level(CountMetric.Held), WhereaboutsUnknown = Level(CountMetric.WhereaboutsUnknown),
                ReleasedConditional = Level(CountMetric.ReleasedConditional), ReleasedFull = Level(CountMetric.ReleasedFull),
                ReleaseReportedUnverified = Level(CountMetric.UnverifiedRelease), Deceased = Level(CountMetric.Deceased),
                VerifiedReleases = Level(CountMetric.Release), ReportedReleases = Level(CountMetric.ReleaseReported),
                NewArrests = (int)(level[CountMetric.Arrest] - arrests), NewArrestsReported = (int)(level[CountMetric.ArrestReported] - arrestsReported),
            });
        }
        return rows;
    }

    /// <summary>The periods from <paramref name="from"/> to <paramref name="to"/>; the last is cut at <paramref name="to"/>.</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End)> Periods(DateOnly from, DateOnly to, Interval interval)
    {
        for (var start = from; start <= to; start = Next(start))
        {
            var end = Next(start).AddDays(-1);
            yield return (start, end < to ? end : to);
        }

        DateOnly Next(DateOnly day) => interval switch
        {
            Interval.Week => day.AddDays(7),
            Interval.Month => day.AddMonths(1),
            _ => day.AddDays(1),
        };
    }
}
