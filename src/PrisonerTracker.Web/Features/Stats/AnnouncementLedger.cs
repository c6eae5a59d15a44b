using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Announcements;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// Every announcement on record with its organisation, read once, and the figures the pages and the
/// API show from them. Which announcement stands on a date is decided by <see cref="InForce"/> alone.
/// </summary>
internal sealed class AnnouncementLedger(IReadOnlyList<Announcement> all, IReadOnlyDictionary<Guid, Organisation> organisations, Links links)
{
    public IReadOnlyList<Announcement> All => all;

    /// <summary>When official releases began: release counts without a window of their own start here.</summary>
    public DateOnly? ReleasesBegan { get; } = InForce.ReleasesBegan(all);

    public Announcement? Find(Guid id) => all.FirstOrDefault(a => a.Id == id);

    public AnnouncementFigure Figure(Announcement a)
    {
        var organisation = organisations[a.OrganisationId];
        return new AnnouncementFigure(a.Id, a.Date, a.Speaker, a.SpeakerOffice, organisation.Name, organisation.Kind, a.Role, a.Partial, a.Claim,
            a.Number.ToString(), a.Number.Qualifier, a.Number.Low, a.Number.High, a.Scope, a.WindowFrom, a.WindowTo,
            [.. a.Breakdown.Select(p => new TallyPartDto(p.Group, p.Count))], links.Page($"announcements/{a.Id}"), links.Api($"announcements/{a.Id}"));
    }

    /// <summary>The latest tally of people held, and the release tallies counting from when official releases began.</summary>
    public IndependentFigures Independent(DateOnly on) =>
        new(InForce.HeldTally(all, on) is { } held ? Figure(held) : null, Range(ClaimKind.Released, ReleasesBegan, on));

    /// <summary>The latest official release claim, set against the tallies in force on the same date.</summary>
    public OfficialFigures Official(DateOnly on) =>
        InForce.OfficialClaim(all, ClaimKind.Released, on) is { } claim ? new(Figure(claim), Against(claim, on)) : new(null, null);

    /// <summary>
    /// A claim against the tallies of the same kind in force on <paramref name="talliesOn"/> (a promise of releases
    /// against release tallies) over a comparable period. A claim about only part of the people is set against none.
    /// </summary>
    public ClaimAgainstTallies Against(Announcement claim, DateOnly talliesOn)
    {
        var counts = Counts(claim);
        var range = claim.Partial ? null : Range(counts, CountingFrom(claim), talliesOn);
        var difference = claim.Number.Low is { } claimed && range is not null
            ? new ClaimDifference(claimed - range.High.Figure, claimed - range.Low.Figure)
            : null;
        return new ClaimAgainstTallies(talliesOn, range, difference);
    }

    /// <summary>The tallies of <paramref name="counts"/> in force on a date that count from <paramref name="countingFrom"/>, as a range.</summary>
    public IndependentRange? Range(ClaimKind counts, DateOnly? countingFrom, DateOnly on)
    {
        var comparable = InForce.Tallies(all, counts, on).Where(t => InForce.Comparable(t, countingFrom, ReleasesBegan)).ToList();
        if (TallyRange.Of(comparable) is not { } range) return null;
        return new IndependentRange(End(range.Low, range.Lowest), End(range.High, range.Highest),
            counts == ClaimKind.Detained ? null : countingFrom, [.. comparable.Select(Figure)]);
    }

    /// <summary>Tallies of the same kind in force on a date that count over another period: named in notes, not in the range.</summary>
    public IEnumerable<Announcement> OtherPeriods(Announcement claim, DateOnly on) =>
        InForce.Tallies(all, Counts(claim), on).Where(t => !InForce.Comparable(t, CountingFrom(claim), ReleasesBegan));

    /// <summary>What tallies comparable with an announcement count: people held for a count of detentions, releases otherwise.</summary>
    public static ClaimKind Counts(Announcement a) => a.Claim == ClaimKind.Detained ? ClaimKind.Detained : ClaimKind.Released;

    public DateOnly? CountingFrom(Announcement a) => Counts(a) == ClaimKind.Detained ? null : a.CountsFrom(ReleasesBegan);

    private RangeEnd End(int figure, Announcement a) => new(figure, a.Id, organisations[a.OrganisationId].Name, a.Date);
}
