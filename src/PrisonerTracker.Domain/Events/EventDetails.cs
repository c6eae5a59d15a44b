using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Domain.Events;

/// <summary>
/// What is entered with a new event, apart from its kind. <see cref="DateApproximate"/> marks a
/// date known only roughly ("in custody on or before"): lists often lack the exact day.
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
    bool DateApproximate = false);
