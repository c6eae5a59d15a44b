using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Infrastructure.ReadModel;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// The figures as known now, from the counts read model (Sql/09_status_counts.sql): each costs the days
/// and cells it covers, not the size of the register. Reproductions at an earlier knownAt take the
/// event-level queries beside each of these instead; a test checks both agree when knownAt is now.
/// </summary>
public sealed partial class StatsService
{
    private bool CountsFromReadModel => db.KnownAt is null;

    /// <summary>The statuses, the uncounted releases, the breakdowns when asked, and the register's n, in one read.</summary>
    private async Task<(Dictionary<DetaineeStatus, int> Counts, int UnverifiedReleases, SummaryBreakdowns? Breakdowns, int NamedPeople)> CountsNowAsync(
        DateOnly date, Confidence threshold, bool breakdowns, bool exact, CancellationToken ct)
    {
        var cells = await CountsReadModel.OnAsync(db, threshold, CountedPeople.Named, date, breakdowns, ct);
        var figures = cells.Where(c => c.Dimension.Length == 0).ToList();
        var counts = StatusCountsOf(figures);
        int Figure(CountMetric metric) => (int)figures.Where(c => c.Metric == metric).Sum(c => c.Count);
        return (counts, Figure(CountMetric.UnverifiedRelease),
            breakdowns ? await BreakdownsAsync(counts, cells.Where(c => c.Dimension.Length > 0), exact, ct) : null,
            Figure(CountMetric.NamedPeople));
    }

    private async Task<Dictionary<DetaineeStatus, int>> WithheldCountsNowAsync(DateOnly countedOn, Confidence threshold, CancellationToken ct) =>
        StatusCountsOf(await CountsReadModel.OnAsync(db, threshold, CountedPeople.Withheld, countedOn, breakdowns: false, ct));

    private static Dictionary<DetaineeStatus, int> StatusCountsOf(IEnumerable<CountCell> figures) =>
        figures.Where(c => c.Dimension.Length == 0)
            .Select(c => (Status: Enum.TryParse<DetaineeStatus>(c.Metric.ToString(), out var s) ? s : (DetaineeStatus?)null, c.Count))
            .Where(c => c.Status is not null)
            .ToDictionary(c => c.Status!.Value, c => (int)c.Count);

    private async Task<int> BetweenNowAsync(Confidence threshold, CountMetric metric, DateOnly? first, DateOnly last, CancellationToken ct) =>
        (int)await CountsReadModel.BetweenAsync(db, threshold, CountedPeople.Named, metric, first, last, ct);
}
