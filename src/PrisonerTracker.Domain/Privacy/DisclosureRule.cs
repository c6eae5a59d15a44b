namespace PrisonerTracker.Domain.Privacy;

/// <summary>
/// What the public may learn about people withheld at their families' request (docs/privacy.md).
/// Every public figure that can be cut by day, place or attribute counts <b>named</b> people only,
/// so it can be worked out from the public list and subtracting figures reveals nothing. Withheld
/// people appear in one place: a national count of how many are detained and released, taken at
/// the end of a calendar month, which never moves between month ends and so never dates an event.
/// </summary>
public static class DisclosureRule
{
    /// <summary>
    /// The day on which withheld people are counted for a public page about <paramref name="asOf"/>:
    /// the latest month end on or before it. Every date of a month (but its last) gives the same day.
    /// </summary>
    public static DateOnly NotNamedCountedOn(DateOnly asOf) =>
        asOf.Day == DateTime.DaysInMonth(asOf.Year, asOf.Month) ? asOf : new DateOnly(asOf.Year, asOf.Month, 1).AddDays(-1);
}
