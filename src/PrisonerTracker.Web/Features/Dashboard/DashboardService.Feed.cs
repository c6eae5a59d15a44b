using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Dashboard;

public sealed partial class DashboardService
{
    /// <summary>
    /// The latest approved events dated on or before <paramref name="asOf"/>, newest first: the events API's own
    /// list (<c>?to=asOf&amp;confidence=verified&amp;sort=-date&amp;limit=10</c>), so the feed shows exactly what a
    /// researcher gets, and withheld people are dropped for the public the same way. Only counted facts (verified
    /// or confirmed) by default: claimed and reported ones would otherwise crowd out the few that are established.
    /// </summary>
    private async Task<IReadOnlyList<FeedItem>> FeedAsync(DateOnly asOf, bool wholeFeed, Viewer viewer, Links links, CancellationToken ct)
    {
        var counted = wholeFeed ? (QueryEnum<Confidence>?)null : new QueryEnum<Confidence>(StatusRules.DefaultThreshold);
        var query = new EventListQuery(Confidence: counted, To: asOf, Sort: new QueryEnum<DateSort>(DateSort.DateDesc));
        var latest = await events.ListAsync(query, new PageInput(FeedSize, null), viewer, links, ct);
        return [.. latest.Items.Select(FeedItem.From)];
    }
}
