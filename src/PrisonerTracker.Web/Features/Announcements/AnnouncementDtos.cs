using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>A public statement claiming a number, kept as worded.</summary>
/// <param name="Qualifier">How the number was worded: none ("a significant number"), exact, at-least, at-most, approximately, range.</param>
/// <param name="WindowFrom">Start of the period the claim covers; null with <c>WindowTo</c> when the speaker gave none.</param>
public sealed record AnnouncementItem(
    Guid Id, DateOnly Date, string Speaker, string? SpeakerOffice, Guid OrganisationId, string OrganisationName,
    OrganisationKind OrganisationKind, ClaimKind Claim, NumberQualifier Qualifier, int? Low, int? High, string Scope,
    DateOnly? WindowFrom, DateOnly? WindowTo, string Url);

/// <summary>One announcement with its quote, sources and the people it named (public ones only for anonymous viewers).</summary>
public sealed record AnnouncementDetail(
    AnnouncementItem Announcement, string? Quote, string? QuoteLanguage, string? QuoteTranslation,
    IReadOnlyList<SourceDto> Sources, IReadOnlyList<NamedPerson> Named, DateOnly StatusAsOf);

/// <summary>A person the announcement named, with their status today (verified threshold).</summary>
public sealed record NamedPerson(Guid Id, string Name, string Status, DateOnly? Since, EventKind? UnverifiedKind, string Url,
    Detainees.DateOfRecord? SinceAsRecorded = null);
