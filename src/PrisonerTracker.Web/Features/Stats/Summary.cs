namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// The headline numbers on a date. The register's counts cover the people it names; people
/// withheld at their families' request are counted apart in <c>notNamed</c> (docs/privacy.md).
/// </summary>
/// <param name="AsOf">The date the numbers describe (default: today).</param>
/// <param name="Threshold">The lowest confidence that counts (<c>minConfidence</c>; default Verified).</param>
/// <param name="Held">Named people with counted status Held on <c>asOf</c>: arrested, transferred, sentenced or re-arrested, not released since.</param>
/// <param name="WhereaboutsUnknown">Named people with counted status WhereaboutsUnknown (disappeared) on <c>asOf</c>.</param>
/// <param name="ReleasedVerified">Named people with counted status released (conditional or full) on <c>asOf</c>: verified releases.</param>
/// <param name="ReleasedConditional">Of the verified releases, those released under conditions.</param>
/// <param name="ReleasedFull">Of the verified releases, those released without conditions.</param>
/// <param name="ReleaseReportedUnverified">Counted as held or disappeared, but their latest fact, a release, does not count yet (pending review or below the threshold).</param>
/// <param name="Deceased">Named people with counted status Deceased (died in custody).</param>
/// <param name="NewArrests">Arrests and re-arrests of named people dated after <c>since</c> and on or before <c>asOf</c>.</param>
/// <param name="LatestOfficialClaim">The latest release claim by a government body (organisation kind Government) on or before <c>asOf</c>.</param>
/// <param name="OfficialClaimGap">That claim beside the releases verified in its window.</param>
/// <param name="LatestNgoTally">The latest release tally by an NGO or intergovernmental body on or before <c>asOf</c>.</param>
/// <param name="Breakdowns">The detained and the verified releases by gender, minor, service, nationality, facility and region.</param>
/// <param name="NotNamed">People withheld at their families' request: how many are detained and released, counted at a month end.</param>
public sealed record Summary(
    DateOnly AsOf,
    string Threshold,
    int Held,
    int WhereaboutsUnknown,
    int ReleasedVerified,
    int ReleasedConditional,
    int ReleasedFull,
    int ReleaseReportedUnverified,
    int Deceased,
    NewArrests NewArrests,
    LatestClaim? LatestOfficialClaim,
    ClaimGap? OfficialClaimGap,
    LatestClaim? LatestNgoTally,
    SummaryBreakdowns? Breakdowns,
    NotNamed NotNamed)
{
    /// <summary>Held plus whereabouts unknown: everyone still deprived of liberty.</summary>
    public int Detained => Held + WhereaboutsUnknown;
}

/// <summary>
/// People in the register withheld from the public at their families' request. They are in no
/// other figure; here they are counted nationally, on a month end for the public, so that no
/// figure dates, places or describes any one of them.
/// </summary>
/// <param name="CountedOn">The day they are counted on: for the public the latest month end on or before <c>asOf</c>; for staff <c>asOf</c>.</param>
/// <param name="Detained">Held or of unknown whereabouts on that day.</param>
/// <param name="Released">Released (verified, conditional or full) on that day.</param>
public sealed record NotNamed(DateOnly CountedOn, int Detained, int Released);

/// <summary>Arrest and re-arrest events dated in (<c>since</c>, <c>asOf</c>].</summary>
/// <param name="Since">Exclusive start; by default the date of the first official release announcement (null when there is none: all arrests on record).</param>
/// <param name="Counted">Approved events at or above the confidence threshold.</param>
/// <param name="Reported">Events not rejected that do not count yet: pending review or below the threshold.</param>
public sealed record NewArrests(DateOnly? Since, int Counted, int Reported);

/// <summary>A claimed release figure beside the releases verified for the same period.</summary>
/// <param name="ClaimedLow">The claim's low end ("over 400" → 400; "60 to 70" → 60); null when no number was given.</param>
/// <param name="VerifiedReleases">People with at least one counted release event dated from <c>VerifiedFrom</c> to <c>VerifiedTo</c>.</param>
/// <param name="VerifiedFrom">The claim's window start, or else <c>since</c> (the first official release announcement); null: from the beginning of the record.</param>
/// <param name="VerifiedTo">The claim's window end, or else the claim's date.</param>
/// <param name="Difference"><c>ClaimedLow - VerifiedReleases</c>; null when no number was claimed.</param>
public sealed record ClaimGap(int? ClaimedLow, int VerifiedReleases, DateOnly? VerifiedFrom, DateOnly VerifiedTo, int? Difference);
