namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// One official claim beside what independent organisations counted and what this register records,
/// each with its own scope and period, so that a reader sees whether the numbers count the same thing
/// before comparing them. Tallies have no gap: they are what claims are checked against.
/// </summary>
/// <param name="Claim">The claim as worded: number, qualifier, scope, window ("unspecified" when none was given).</param>
/// <param name="Independent">The independent tallies of the same kind in force on the claim's date, counted over a comparable period, as a range, and the claim's distance from them.</param>
/// <param name="Register">The register's own count for the same period: named cases recorded here.</param>
/// <param name="Comparable">True only for a claim of releases of everyone concerned, with a number and its own time window, beside tallies of the same period; even then, read the scopes.</param>
/// <param name="Notes">Why the numbers may not be comparable, in plain words.</param>
public sealed record ClaimGapReport(
    AnnouncementFigure Claim, ClaimAgainstTallies Independent, RegisterCount Register, bool Comparable, IReadOnlyList<string> Notes);

/// <summary>The register's own count set beside an announcement: named cases recorded here, never a national figure.</summary>
/// <param name="Label">Always "named cases recorded here".</param>
/// <param name="Measure">"releases": people with a counted release event dated from <c>from</c> to <c>to</c>; "detained": people counted held or of unknown whereabouts on <c>to</c>.</param>
/// <param name="Count">The figure (named people only).</param>
/// <param name="From">Start of the counted releases: the announcement's window start, else the first official release announcement; null for "detained" or when there is none.</param>
/// <param name="To">The announcement's window end, else its date.</param>
/// <param name="Threshold">The lowest confidence that counts.</param>
/// <param name="Basis">"window" (its own), "since-first-official-release-announcement", "all-record" (no official announcement yet) or "on-date".</param>
public sealed record RegisterCount(string Label, string Measure, int Count, DateOnly? From, DateOnly To, string Threshold, string Basis)
{
    public const string NamedCases = "named cases recorded here";
}

/// <summary>
/// An independent tally beside the claims around it (its page; tallies get no gap): the official claim of
/// the same kind in force on its date, the other bodies' tallies then, and the register's own count.
/// </summary>
/// <param name="Tally">The tally as worded.</param>
/// <param name="OfficialClaim">The official claim of the same kind in force on its date; null when there was none.</param>
/// <param name="Tallies">The tallies of the same kind in force on its date (itself included), as a range; null when it counts only part of the people.</param>
/// <param name="Register">The register's own count for its period.</param>
public sealed record TallyComparison(AnnouncementFigure Tally, AnnouncementFigure? OfficialClaim, IndependentRange? Tallies, RegisterCount Register);
