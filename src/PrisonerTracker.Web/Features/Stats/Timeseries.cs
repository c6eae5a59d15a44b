using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>A time series: the request's range and one point per period.</summary>
/// <param name="From">First day of the first period.</param>
/// <param name="To">Last day of the last period.</param>
/// <param name="Interval">Day, Week (7 days from <c>from</c>) or Month (calendar months from <c>from</c>'s day).</param>
/// <param name="Threshold">The lowest confidence that counts.</param>
/// <param name="Points">One per period, oldest first.</param>
public sealed record Timeseries(DateOnly From, DateOnly To, string Interval, string Threshold, IReadOnlyList<TimeseriesPoint> Points,
    DateTimeOffset? KnownAt = null);

/// <summary>
/// One period. Status counts are taken on <c>periodEnd</c> and equal the summary's numbers
/// with <c>asOf = periodEnd</c>; "since from" counts run from the request's <c>from</c>.
/// </summary>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period (the last period ends on <c>to</c>).</param>
/// <param name="Held">Counted status Held on <c>periodEnd</c>.</param>
/// <param name="WhereaboutsUnknown">Counted status WhereaboutsUnknown on <c>periodEnd</c>.</param>
/// <param name="ReleasedVerified">Counted status released (conditional or full) on <c>periodEnd</c>.</param>
/// <param name="ReleaseReportedUnverified">Counted as detained on <c>periodEnd</c>, with a later release reported that does not count yet.</param>
/// <param name="Deceased">Counted status Deceased on <c>periodEnd</c>.</param>
/// <param name="VerifiedReleasesSinceFrom">People with at least one counted release event dated from <c>from</c> to <c>periodEnd</c>.</param>
/// <param name="ReportedReleasesSinceFrom">People with at least one release event dated from <c>from</c> to <c>periodEnd</c>, at any confidence, pending or approved (not rejected).</param>
/// <param name="NewArrests">Counted arrest and re-arrest events dated within the period.</param>
/// <param name="NewArrestsReported">Arrest and re-arrest events within the period that do not count (pending or below the threshold; not rejected).</param>
/// <param name="OfficialClaim">The official release claim in force on <c>periodEnd</c> (the summary's <c>official.latestClaim</c>), as worded.</param>
/// <param name="OfficialClaimLow">Its stated number (a range's low end); null when no number was given.</param>
/// <param name="OfficialClaimHigh">Its high end; null for "more than" and "at least".</param>
/// <param name="OfficialClaimId">Its announcement id.</param>
/// <param name="IndependentLow">The lowest independent release tally in force on <c>periodEnd</c> (the summary's <c>independent.releases.low</c>).</param>
/// <param name="IndependentLowId">The announcement that gave it.</param>
/// <param name="IndependentHigh">The highest independent release tally in force on <c>periodEnd</c>.</param>
/// <param name="IndependentHighId">The announcement that gave it.</param>
public sealed record TimeseriesPoint(
    DateOnly PeriodStart, DateOnly PeriodEnd,
    int Held, int WhereaboutsUnknown, int ReleasedVerified, int ReleaseReportedUnverified, int Deceased,
    int VerifiedReleasesSinceFrom, int ReportedReleasesSinceFrom, int NewArrests, int NewArrestsReported,
    string? OfficialClaim, int? OfficialClaimLow, int? OfficialClaimHigh, Guid? OfficialClaimId,
    int? IndependentLow, Guid? IndependentLowId, int? IndependentHigh, Guid? IndependentHighId);

/// <summary>One row of the time-series query (snake_case columns).</summary>
public sealed class TimeseriesRow
{
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public int Held { get; init; }
    public int WhereaboutsUnknown { get; init; }
    public int ReleasedConditional { get; init; }
    public int ReleasedFull { get; init; }
    public int ReleaseReportedUnverified { get; init; }
    public int Deceased { get; init; }
    public int VerifiedReleases { get; init; }
    public int ReportedReleases { get; init; }
    public int NewArrests { get; init; }
    public int NewArrestsReported { get; init; }

    /// <summary>The point, with the official claim and the independent tallies in force on its period end.</summary>
    internal TimeseriesPoint ToDto(AnnouncementLedger ledger)
    {
        var claim = InForce.OfficialClaim(ledger.All, ClaimKind.Released, PeriodEnd);
        var tallies = ledger.Range(ClaimKind.Released, ledger.ReleasesBegan, PeriodEnd);
        return new(PeriodStart, PeriodEnd, Held, WhereaboutsUnknown, ReleasedConditional + ReleasedFull,
            ReleaseReportedUnverified, Deceased, VerifiedReleases, ReportedReleases, NewArrests, NewArrestsReported,
            claim?.Number.ToString(), claim?.Number.Low, claim?.Number.High, claim?.Id,
            tallies?.Low.Figure, tallies?.Low.Id, tallies?.High.Figure, tallies?.High.Id);
    }
}
