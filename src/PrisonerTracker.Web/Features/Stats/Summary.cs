namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// The headline numbers on a date, in three parts that are never mixed: what independent
/// organisations count nationally, what officials claim, and what this register records by name.
/// </summary>
/// <param name="AsOf">The date the numbers describe (default: today).</param>
/// <param name="Threshold">The lowest confidence that counts in the register (<c>minConfidence</c>; default Verified).</param>
/// <param name="Independent">The independent tallies in force on <c>asOf</c>: people held, and releases.</param>
/// <param name="Official">The latest official claim of releases, set against those tallies.</param>
/// <param name="Register">Named cases in this register (and, apart, the people it does not name).</param>
/// <param name="Knowledge">With <c>knownAt</c>: the instant the figures are reproduced as of, and how many public facts changed since; null otherwise.</param>
public sealed record Summary(DateOnly AsOf, string Threshold, IndependentFigures Independent, OfficialFigures Official, RegisterFigures Register,
    Knowledge? Knowledge = null);

/// <summary>Figures reproduced as known at an instant (<c>knownAt</c>).</summary>
/// <param name="KnownAt">Only facts entered, approved or corrected by then count, as they were then (deleted later: still counted).</param>
/// <param name="ChangesSince">Public facts added, reviewed, corrected or deleted after <c>knownAt</c>: not in these figures.</param>
public sealed record Knowledge(DateTimeOffset KnownAt, int ChangesSince);

/// <summary>What independent organisations (NGOs, the UN, opposition coalitions) count, as they worded it.</summary>
/// <param name="Held">The latest independent tally of people held on or before <c>asOf</c>, whoever made it; null when there is none.</param>
/// <param name="Releases">The latest release tally of each body in force on <c>asOf</c>, counting from when official releases began, as a range; null when there is none.</param>
public sealed record IndependentFigures(AnnouncementFigure? Held, IndependentRange? Releases);

/// <summary>What officials (parties to the detention) claim.</summary>
/// <param name="LatestClaim">The latest official claim of releases on or before <c>asOf</c> (on one day, one with a number wins); null when there is none.</param>
/// <param name="AgainstTallies">That claim against the independent release tallies in force on <c>asOf</c>; null without a claim.</param>
public sealed record OfficialFigures(AnnouncementFigure? LatestClaim, ClaimAgainstTallies? AgainstTallies);

/// <summary>
/// Named cases in this register: every figure counts the people it names. People withheld at their
/// families' request are counted apart in <c>notNamed</c> (docs/privacy.md).
/// </summary>
/// <param name="NamedPeople">Named people with at least one approved fact dated on or before <c>asOf</c>: the "n" of every figure here.</param>
/// <param name="Held">Counted status Held on <c>asOf</c>: arrested, transferred, sentenced or re-arrested, not released since.</param>
/// <param name="WhereaboutsUnknown">Counted status WhereaboutsUnknown (disappeared) on <c>asOf</c>.</param>
/// <param name="ReleasedVerified">Counted status released (conditional or full) on <c>asOf</c>.</param>
/// <param name="ReleasedConditional">Of those, released under conditions.</param>
/// <param name="ReleasedFull">Of those, released without conditions.</param>
/// <param name="ReleasesVerifiedSince">People with a counted release dated from <c>since</c> to <c>asOf</c>: releases verified here.</param>
/// <param name="ReleaseReportedUnverified">Counted as held or disappeared, but their latest fact, a release, does not count yet (pending review or below the threshold).</param>
/// <param name="Deceased">Counted status Deceased (died in custody).</param>
/// <param name="NewArrests">Arrests and re-arrests dated after <c>since</c> and on or before <c>asOf</c>.</param>
/// <param name="Breakdowns">The detained and the verified releases by gender, minor, service, nationality, facility and region.</param>
/// <param name="NotNamed">People withheld at their families' request: how many are detained and released, counted at a month end.</param>
public sealed record RegisterFigures(
    int NamedPeople,
    int Held,
    int WhereaboutsUnknown,
    int ReleasedVerified,
    int ReleasedConditional,
    int ReleasedFull,
    ReleasesSince ReleasesVerifiedSince,
    int ReleaseReportedUnverified,
    int Deceased,
    NewArrests NewArrests,
    SummaryBreakdowns? Breakdowns,
    NotNamed NotNamed)
{
    /// <summary>Held plus whereabouts unknown: everyone still deprived of liberty.</summary>
    public int Detained => Held + WhereaboutsUnknown;
}

/// <summary>People with a counted release dated from <c>since</c> (inclusive) to <c>asOf</c>.</summary>
/// <param name="Since">By default the first official release announcement; null when there is none (the whole record).</param>
/// <param name="Count">The people; a person released twice counts once.</param>
public sealed record ReleasesSince(DateOnly? Since, int Count);

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
