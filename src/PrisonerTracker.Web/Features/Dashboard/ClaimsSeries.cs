using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Dashboard;

/// <summary>
/// Claimed beside verified releases over time: the statistics time series, each period
/// with the release announcements made in it (the chart's labelled markers).
/// </summary>
/// <param name="From">First day; "verified releases" count from here.</param>
/// <param name="To">Last day.</param>
/// <param name="Interval">Day, or Week over long ranges.</param>
/// <param name="Rows">One per period, oldest first.</param>
/// <param name="Claims">Every release claim up to <c>To</c> by id, so a claim in force can be worded in the reader's language.</param>
public sealed record ClaimsSeries(DateOnly From, DateOnly To, Interval Interval, IReadOnlyList<ClaimsSeriesRow> Rows,
    IReadOnlyDictionary<Guid, ClaimMarker> Claims)
{
    public static ClaimsSeries Of(Timeseries series, Interval interval, IReadOnlyList<ClaimMarker> claims) =>
        new(series.From, series.To, interval,
            [.. series.Points.Select(p => new ClaimsSeriesRow(p, [.. claims.Where(m => m.Date >= p.PeriodStart && m.Date <= p.PeriodEnd)]))],
            claims.ToDictionary(c => c.Id));

    public ClaimMarker? Claim(Guid? id) => id is { } key ? Claims.GetValueOrDefault(key) : null;
}

/// <summary>One period of the series and the announcements made during it.</summary>
public sealed record ClaimsSeriesRow(TimeseriesPoint Point, IReadOnlyList<ClaimMarker> Markers)
{
    public bool HasOfficialMarker => Markers.Any(m => m.Official);
    public bool HasTallyMarker => Markers.Any(m => m.Independent);
}

/// <summary>
/// A release announcement, as worded, for a marker on the chart. <c>Official</c>: made by a
/// government body of the country; <c>Independent</c>: by an NGO or an intergovernmental body.
/// </summary>
public sealed record ClaimMarker(Guid Id, DateOnly Date, string Speaker, string Organisation, bool Official, bool Independent,
    NumberQualifier Qualifier, int? Low, int? High);
