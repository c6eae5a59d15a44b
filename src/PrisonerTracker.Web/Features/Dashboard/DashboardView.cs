using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Dashboard;

/// <summary>Everything the home page shows for one date, computed in one place.</summary>
/// <param name="AsOf">The date every number describes.</param>
/// <param name="Start">Start of the window shared by the "since" cards and the chart: the reader's choice, else the first official release announcement or 30 days before <c>AsOf</c>, whichever is earlier.</param>
/// <param name="Summary">The headline numbers and breakdowns, exactly as <c>/api/v1/stats/summary</c> gives them.</param>
/// <param name="Series">The daily (or weekly, over long ranges) series drawn in the claims chart.</param>
/// <param name="Feed">The latest approved events, withheld people left out for the public.</param>
/// <param name="LastUpdated">The latest change to any record; null on an empty database.</param>
public sealed record DashboardView(
    DateOnly AsOf,
    DateOnly? Start,
    Summary Summary,
    ClaimsSeries Series,
    EventFeed Feed,
    DateTimeOffset? LastUpdated);

/// <summary>The feed's items and whether it includes claimed and reported facts (<c>?feed=all</c>) or counted ones only.</summary>
public sealed record EventFeed(IReadOnlyList<FeedItem> Items, bool IncludesUncounted);
