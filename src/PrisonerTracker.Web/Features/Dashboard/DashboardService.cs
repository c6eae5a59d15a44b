using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Dashboard;

/// <summary>
/// The public dashboard and its embeddable chart. Numbers come from <see cref="StatsService"/>
/// (the same code as the statistics API, so the page and the API never disagree); this class
/// only chooses the ranges and adds what a page shows around them.
/// </summary>
public sealed partial class DashboardService(StatsService stats, EventsService events)
{
    /// <summary>Up to this many days (about a quarter) the chart is daily; beyond, weekly, so a phone still shows distinct points.</summary>
    public const int MaxDailyPoints = 92;

    /// <summary>Beyond this many days the chart goes monthly, so that even decades stay a few hundred points.</summary>
    public const int MaxWeeklyDays = 3 * 365;

    /// <summary>When there is no start to count from, the chart shows this many days before the date.</summary>
    public const int DefaultDays = 30;

    public const int FeedSize = 10;

    public DateOnly Today => stats.Today;

    /// <summary>The dashboard on <paramref name="asOf"/>; the feed shows counted facts only unless <paramref name="wholeFeed"/>.</summary>
    public async Task<DashboardView> GetAsync(DateOnly asOf, DateOnly? since, bool wholeFeed, Viewer viewer, Links links, CancellationToken ct)
    {
        var exact = viewer.IsStaff;
        // One window for the cards and the chart: the chart's last verified point is the card's number.
        var start = since ?? await DefaultStartAsync(asOf, ct);
        var summary = await stats.GetSummaryAsync(asOf, Confidence.Verified, start, exact, breakdowns: true, links, ct);
        var series = await GetClaimsSeriesAsync(start, asOf, interval: null, ct);
        return new DashboardView(asOf, start, summary, series,
            new EventFeed(await FeedAsync(asOf, wholeFeed, viewer, links, ct), wholeFeed), await stats.LastUpdatedAsync(ct));
    }

    /// <summary>
    /// Where a window ending on <paramref name="to"/> starts by default: the first official release announcement,
    /// or <see cref="DefaultDays"/> days before, whichever is earlier, so a date soon after the first announcement
    /// still shows the days leading up to it.
    /// </summary>
    public async Task<DateOnly> DefaultStartAsync(DateOnly to, CancellationToken ct) =>
        DefaultStart(await stats.ReleasesBeganAsync(ct), to);

    public static DateOnly DefaultStart(DateOnly? releasesBegan, DateOnly to)
    {
        var month = to.AddDays(-DefaultDays);
        return releasesBegan is { } s && s < month ? s : month;
    }

    /// <summary>Daily up to <see cref="MaxDailyPoints"/> days, weekly beyond, monthly beyond <see cref="MaxWeeklyDays"/>.</summary>
    public static Interval IntervalFor(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        return days > MaxWeeklyDays ? Interval.Month : days > MaxDailyPoints ? Interval.Week : Interval.Day;
    }

    /// <summary>The claims chart from <paramref name="from"/> to <paramref name="to"/>; daily unless the range is long or <paramref name="interval"/> says otherwise.</summary>
    public async Task<ClaimsSeries> GetClaimsSeriesAsync(DateOnly from, DateOnly to, Interval? interval, CancellationToken ct)
    {
        var step = interval ?? IntervalFor(from, to);
        var series = await stats.GetTimeseriesAsync(from, to, step, Confidence.Verified, ct);
        return ClaimsSeries.Of(series, step, await ReleaseClaimsAsync(to, ct));
    }

    /// <summary>Every release announcement made up to <paramref name="to"/>, oldest first: the markers, and the wording of the claims in force.</summary>
    private async Task<IReadOnlyList<ClaimMarker>> ReleaseClaimsAsync(DateOnly to, CancellationToken ct)
    {
        var ledger = await stats.LedgerAsync(Links.Relative, ct);
        return [.. ledger.All.Where(a => a.Claim == ClaimKind.Released && a.Date <= to)
            .OrderBy(a => a.Date).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new ClaimMarker(a.Id, a.Date, a.Speaker, ledger.Figure(a).Organisation, a.IsOfficialReleaseClaim, a.IsIndependentCount,
                a.Number.Qualifier, a.Number.Low, a.Number.High))];
    }
}
