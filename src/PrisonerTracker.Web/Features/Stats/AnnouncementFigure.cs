using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Features.Announcements;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>A number stated in an announcement, as worded, with who said it, when, what it covers and where to read it.</summary>
/// <param name="Id">The announcement's id (<c>/api/v1/announcements/{id}</c>).</param>
/// <param name="Date">The announcement's date.</param>
/// <param name="Speaker">Who made it.</param>
/// <param name="SpeakerOffice">The speaker's office, if recorded.</param>
/// <param name="Organisation">The organisation the speaker belongs to.</param>
/// <param name="OrganisationKind">Government, ForeignGovernment, Ngo, PoliticalCoalition, Intergovernmental, Media or FamilyOrLawyer.</param>
/// <param name="Role">Claim (an official claim) or Tally (an independent tally).</param>
/// <param name="Partial">True when it counts only part of the people concerned: never set against national figures.</param>
/// <param name="Claim">Released, Detained or ToBeReleased; for a tally, what it counts (releases or people held).</param>
/// <param name="Number">The number as worded, in English: "116", "more than 400", "about 50", "60–70", or "unspecified".</param>
/// <param name="Qualifier">None, Exact, MoreThan, AtLeast, About, UpTo or Range.</param>
/// <param name="Low">The stated number or a range's low end (the figure used in comparisons); null when no number was given.</param>
/// <param name="High">The highest the wording allows: a range's high end or the number itself; null for "more than" and "at least".</param>
/// <param name="Scope">Who is counted, as worded by the speaker.</param>
/// <param name="WindowFrom">Start of the period it covers; null when none was given.</param>
/// <param name="WindowTo">End of that period; null when none was given.</param>
/// <param name="Breakdown">A tally of people held, by group, as the tally gave it; empty otherwise.</param>
/// <param name="Url">The announcement's public page, to cite.</param>
/// <param name="ApiUrl">The announcement in the API.</param>
public sealed record AnnouncementFigure(
    Guid Id, DateOnly Date, string Speaker, string? SpeakerOffice, string Organisation, OrganisationKind OrganisationKind,
    AnnouncementRole Role, bool Partial, ClaimKind Claim, string Number, NumberQualifier Qualifier, int? Low, int? High, string Scope,
    DateOnly? WindowFrom, DateOnly? WindowTo, IReadOnlyList<TallyPartDto> Breakdown, string Url, string ApiUrl)
{
    /// <summary>"2026-01-08 to 2026-01-13", "from 2026-01-08", "until …", or "unspecified".</summary>
    public string Window => (WindowFrom, WindowTo) switch
    {
        (null, null) => "unspecified",
        ({ } f, { } t) => $"{f:yyyy-MM-dd} to {t:yyyy-MM-dd}",
        ({ } f, null) => $"from {f:yyyy-MM-dd}",
        (null, { } t) => $"until {t:yyyy-MM-dd}",
    };
}

/// <summary>The spread of the independent tallies in force: the lowest and the highest figure, each with the body that gave it.</summary>
/// <param name="Low">The lowest figure and who gave it.</param>
/// <param name="High">The highest figure and who gave it.</param>
/// <param name="CountingFrom">For releases, the day the tallies count from (their window's start, else the first official release announcement); null for people held.</param>
/// <param name="Tallies">Every tally in the range: the latest of each body, highest first.</param>
public sealed record IndependentRange(RangeEnd Low, RangeEnd High, DateOnly? CountingFrom, IReadOnlyList<AnnouncementFigure> Tallies);

/// <summary>One end of a range of tallies: "50 (UN Independent International Fact-Finding Mission on Venezuela)".</summary>
/// <param name="Figure">The figure.</param>
/// <param name="Id">The announcement that gave it.</param>
/// <param name="Organisation">The body that gave it.</param>
/// <param name="Date">When it gave it.</param>
public sealed record RangeEnd(int Figure, Guid Id, string Organisation, DateOnly Date);

/// <summary>An official claim set against the independent tallies of the same kind in force on a date, counted over a comparable period.</summary>
/// <param name="TalliesOn">The date the tallies are in force on.</param>
/// <param name="Tallies">Their range; null when no comparable tally was in force (or the claim counts only part of the people).</param>
/// <param name="Difference">How far the claimed figure is above the tallies; null without a claimed number or without tallies.</param>
public sealed record ClaimAgainstTallies(DateOnly TalliesOn, IndependentRange? Tallies, ClaimDifference? Difference);

/// <summary>The claimed figure (its low end) minus the highest and minus the lowest independent tally: "330 to 340 more claimed than counted".</summary>
/// <param name="FromHighest">Claimed minus the highest tally (negative when the claim is below it).</param>
/// <param name="FromLowest">Claimed minus the lowest tally.</param>
public sealed record ClaimDifference(int FromHighest, int FromLowest);
