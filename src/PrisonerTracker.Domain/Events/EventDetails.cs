using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Domain.Events;

/// <summary>
/// What is entered with a new event, apart from its kind. <see cref="Precision"/> says whether the
/// source gives a day, a month or a year (the date is then anchored on the period's first day);
/// <see cref="DateApproximate"/> marks a date known only roughly ("in custody on or before").
/// <see cref="EnteredById"/> identifies the author for the four-eyes rule (see <see cref="Common.Author"/>);
/// <see cref="EnteredByOrganisationId"/> is the author's organisation, whose reviewers see the fact while pending.
/// </summary>
public sealed record EventDetails(
    DateOnly Date,
    Confidence Confidence,
    string EnteredBy,
    Guid? FacilityId = null,
    Guid? ReportingOrganisationId = null,
    Guid? AnnouncementId = null,
    string? Conditions = null,
    string? Notes = null,
    IReadOnlyList<Source>? Sources = null,
    bool DateApproximate = false,
    DatePrecision Precision = DatePrecision.Day,
    string? EnteredById = null,
    Guid? EnteredByOrganisationId = null);
