using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>A public statement of a number, kept as worded: an official claim or an independent tally.</summary>
/// <param name="Qualifier">How the number was worded: none ("a significant number"), exact, more-than, at-least, about, up-to, range.</param>
/// <param name="WindowFrom">Start of the period the claim covers; null with <c>WindowTo</c> when the speaker gave none.</param>
/// <param name="Partial">Counts only part of the people concerned: never set against national figures.</param>
public sealed record AnnouncementItem(
    Guid Id, DateOnly Date, string Speaker, string? SpeakerOffice, Guid OrganisationId, string OrganisationName,
    OrganisationKind OrganisationKind, AnnouncementRole Role, bool Partial, ClaimKind Claim, NumberQualifier Qualifier, int? Low, int? High,
    string Scope, DateOnly? WindowFrom, DateOnly? WindowTo, string Url);

/// <summary>One announcement with its quote, breakdown, sources and the people it named (public ones only for anonymous viewers).</summary>
public sealed record AnnouncementDetail(
    AnnouncementItem Announcement, string? Quote, string? QuoteLanguage, string? QuoteTranslation, IReadOnlyList<TallyPartDto> Breakdown,
    IReadOnlyList<SourceDto> Sources, IReadOnlyList<NamedPerson> Named, DateOnly StatusAsOf);

/// <summary>One group of a tally of people held: <c>{"group": "Military", "count": 175}</c>.</summary>
/// <param name="Group">Women, Military, Minors or ForeignOrDualNationals.</param>
/// <param name="Count">People in the group, as the tally gave it.</param>
public sealed record TallyPartDto(TallyGroup Group, int Count);

/// <summary>A person the announcement named, with their status today (verified threshold).</summary>
public sealed record NamedPerson(Guid Id, string Name, PrisonerTracker.Domain.Status.DetaineeStatus Status, DateOnly? Since, EventKind? UnverifiedKind, string Url,
    Detainees.DateOfRecord? SinceAsRecorded = null);
