using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Dashboard;

public sealed partial class DashboardService
{
    /// <summary>
    /// The latest approved events dated on or before <paramref name="asOf"/>, newest first: the
    /// events API's own list (<c>?to=asOf&amp;sort=-date&amp;limit=10</c>), so the feed shows
    /// exactly what a researcher gets, and withheld people are dropped for the public the same way.
    /// </summary>
    private async Task<IReadOnlyList<FeedItem>> FeedAsync(DateOnly asOf, Viewer viewer, Links links, CancellationToken ct)
    {
        var query = new EventListQuery(To: asOf, Sort: new QueryEnum<DateSort>(DateSort.DateDesc));
        var latest = await events.ListAsync(query, new PageInput(FeedSize, null), viewer, links, ct, countTotal: false);
        return [.. latest.Items.Select(FeedItem.From)];
    }
}
