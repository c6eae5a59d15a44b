using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>A time series: the request's range and one point per period.</summary>
/// <param name="From">First day of the first period.</param>
/// <param name="To">Last day of the last period.</param>
/// <param name="Interval">Day, Week (7 days from <c>from</c>) or Month (calendar months from <c>from</c>'s day).</param>
/// <param name="Threshold">The lowest confidence that counts.</param>
/// <param name="Points">One per period, oldest first.</param>
public sealed record Timeseries(DateOnly From, DateOnly To, string Interval, string Threshold, IReadOnlyList<TimeseriesPoint> Points);

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
/// <param name="OfficialClaim">The latest government release claim on or before <c>periodEnd</c>, as worded.</param>
/// <param name="OfficialClaimLow">Its low end; null when no number was given.</param>
/// <param name="OfficialClaimHigh">Its high end; null for "at least".</param>
/// <param name="OfficialClaimId">Its announcement id.</param>
/// <param name="NgoTally">The latest NGO or intergovernmental release tally on or before <c>periodEnd</c>, as worded.</param>
/// <param name="NgoTallyLow">Its low end.</param>
/// <param name="NgoTallyHigh">Its high end; null for "at least".</param>
/// <param name="NgoTallyId">Its announcement id.</param>
public sealed record TimeseriesPoint(
    DateOnly PeriodStart, DateOnly PeriodEnd,
    int Held, int WhereaboutsUnknown, int ReleasedVerified, int ReleaseReportedUnverified, int Deceased,
    int VerifiedReleasesSinceFrom, int ReportedReleasesSinceFrom, int NewArrests, int NewArrestsReported,
    string? OfficialClaim, int? OfficialClaimLow, int? OfficialClaimHigh, Guid? OfficialClaimId,
    string? NgoTally, int? NgoTallyLow, int? NgoTallyHigh, Guid? NgoTallyId);

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
    public Guid? OfficialId { get; init; }
    public string? OfficialQualifier { get; init; }
    public int? OfficialLow { get; init; }
    public int? OfficialHigh { get; init; }
    public Guid? TallyId { get; init; }
    public string? TallyQualifier { get; init; }
    public int? TallyLow { get; init; }
    public int? TallyHigh { get; init; }

    public TimeseriesPoint ToDto() => new(PeriodStart, PeriodEnd, Held, WhereaboutsUnknown, ReleasedConditional + ReleasedFull,
        ReleaseReportedUnverified, Deceased, VerifiedReleases, ReportedReleases, NewArrests, NewArrestsReported,
        Worded(OfficialQualifier, OfficialLow, OfficialHigh), OfficialLow, OfficialHigh, OfficialId,
        Worded(TallyQualifier, TallyLow, TallyHigh), TallyLow, TallyHigh, TallyId);

    private static string? Worded(string? qualifier, int? low, int? high) =>
        qualifier is null ? null : ClaimedNumber.Create(Enum.Parse<NumberQualifier>(qualifier), low, high).ToString();
}
