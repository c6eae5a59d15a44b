using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Announcements;

/// <summary>
/// Which announcements stand on a date: the official claim a reader sees, and the independent
/// tallies it is held against. Written once, here, for the dashboard, the statistics API, the claim
/// gap and the time series, so that they never disagree.
/// </summary>
public static class InForce
{
    /// <summary>
    /// The official claim of <paramref name="claim"/> in force on <paramref name="on"/>: the latest dated on or
    /// before it; on one day a claim with a number wins over one without, then the one recorded later.
    /// </summary>
    public static Announcement? OfficialClaim(IEnumerable<Announcement> announcements, ClaimKind claim, DateOnly on) =>
        Latest(announcements.Where(a => a.IsOfficialClaim && a.Claim == claim && a.Date <= on));

    /// <summary>The day official releases began: the first official release claim. Counts of releases start there unless a window says otherwise.</summary>
    public static DateOnly? ReleasesBegan(IEnumerable<Announcement> announcements) =>
        announcements.Where(a => a.IsOfficialReleaseClaim).Select(a => (DateOnly?)a.Date).Min();

    /// <summary>
    /// The independent tallies counting <paramref name="counts"/> in force on <paramref name="on"/>: the latest
    /// count of each organisation (a body's new figure replaces its old one), highest first, and on equal
    /// figures the precisely worded first, as the range names them.
    /// </summary>
    public static IReadOnlyList<Announcement> Tallies(IEnumerable<Announcement> announcements, ClaimKind counts, DateOnly on) =>
        [.. announcements.Where(a => a.IsIndependentCount && a.Claim == counts && a.Date <= on)
            .GroupBy(a => a.OrganisationId).Select(g => Latest(g)!)
            .OrderByDescending(a => a.Number.High ?? a.Number.Low).ThenByDescending(a => a.Number.IsPrecise)
            .ThenByDescending(a => a.Date).ThenBy(a => a.Id)];

    /// <summary>The latest independent tally of people held on <paramref name="on"/>, whoever made it.</summary>
    public static Announcement? HeldTally(IEnumerable<Announcement> announcements, DateOnly on) =>
        Latest(Tallies(announcements, ClaimKind.Detained, on));

    /// <summary>
    /// Whether a tally counts over a period comparable with <paramref name="countingFrom"/>: people held are
    /// counted on a day, so any such tally is; releases are comparable when counted from the same day.
    /// </summary>
    public static bool Comparable(Announcement tally, DateOnly? countingFrom, DateOnly? releasesBegan) =>
        tally.Claim == ClaimKind.Detained || tally.CountsFrom(releasesBegan) == countingFrom;

    private static Announcement? Latest(IEnumerable<Announcement> announcements) =>
        announcements.OrderByDescending(a => a.Date).ThenBy(a => a.Number.Low is null)
            .ThenByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).FirstOrDefault();
}

/// <summary>
/// The spread of independent tallies: the lowest and the highest figure, each with the body that gave it
/// ("50 (UN) to 170 (Plataforma Unitaria)"). Where two bodies give the same figure, the one worded
/// precisely ("170") is named before the hedged one ("about 170").
/// </summary>
public sealed record TallyRange(Announcement Lowest, Announcement Highest)
{
    public int Low => Lowest.Number.Low!.Value;

    /// <summary>The highest figure: a range's high end, else its stated number ("more than 200" reaches at least 200).</summary>
    public int High => Top(Highest);

    public static TallyRange? Of(IEnumerable<Announcement> tallies)
    {
        var counted = tallies.Where(t => t.Number.Low is not null).ToList();
        if (counted.Count == 0) return null;
        var lowest = counted.OrderBy(t => t.Number.Low).ThenByDescending(t => t.Number.IsPrecise).ThenByDescending(t => t.Date).ThenBy(t => t.Id).First();
        var highest = counted.OrderByDescending(Top).ThenByDescending(t => t.Number.IsPrecise).ThenByDescending(t => t.Date).ThenBy(t => t.Id).First();
        return new TallyRange(lowest, highest);
    }

    /// <summary>How far a claimed figure is above the tallies: from the highest and from the lowest (negative when below).</summary>
    public (int FromHighest, int FromLowest) Beside(int claimed) => (claimed - High, claimed - Low);

    private static int Top(Announcement tally) => tally.Number.High ?? tally.Number.Low!.Value;
}
