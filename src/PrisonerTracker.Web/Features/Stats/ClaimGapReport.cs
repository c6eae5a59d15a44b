namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// One announcement's claim beside what was verified on its date, and the independent
/// tallies in force then, each with its own scope and window, so that a reader sees whether
/// the numbers count the same thing before comparing them.
/// </summary>
/// <param name="Claim">The claim as worded: number, qualifier, scope, window ("unspecified" when none was given).</param>
/// <param name="Verified">What the record shows for the same date.</param>
/// <param name="Difference">Claimed low end minus the verified count; null when no number was claimed.</param>
/// <param name="NgoTallies">The latest release tally of each NGO or intergovernmental body on or before the date (the announcement itself excluded).</param>
/// <param name="Comparable">True only when the claim is a release claim with a number and a time window; even then, read the scopes.</param>
/// <param name="Notes">Why the numbers may not be comparable, in plain words.</param>
public sealed record ClaimGapReport(
    LatestClaim Claim, VerifiedCount Verified, int? Difference, IReadOnlyList<TallyBeside> NgoTallies, bool Comparable, IReadOnlyList<string> Notes);

/// <summary>The verified figure set beside a claim.</summary>
/// <param name="Measure">"releases": people with a counted release event dated from <c>from</c> to <c>to</c>; "detained" (for a claim of detentions): people counted held or of unknown whereabouts on <c>to</c>.</param>
/// <param name="Count">The figure.</param>
/// <param name="From">Start of the counted releases: the claim's window start, else the first official release announcement; null for "detained".</param>
/// <param name="To">The claim's window end, else its date.</param>
/// <param name="Threshold">The lowest confidence that counts.</param>
/// <param name="Basis">"claimWindow", "sinceFirstOfficialReleaseAnnouncement", "allRecord" (no official announcement yet) or "onDate".</param>
public sealed record VerifiedCount(string Measure, int Count, DateOnly? From, DateOnly To, string Threshold, string Basis);

/// <summary>An independent tally in force on the claim's date.</summary>
/// <param name="Tally">The tally as worded.</param>
/// <param name="SameWindow">True when its window is the claim's (both unspecified counts as the same).</param>
/// <param name="VerifiedInItsWindow">People with a counted release dated in the tally's own window (else from the first official release announcement to its date).</param>
public sealed record TallyBeside(LatestClaim Tally, bool SameWindow, int VerifiedInItsWindow);
