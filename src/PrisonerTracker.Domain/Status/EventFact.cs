using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Domain.Status;

/// <summary>
/// The few fields of an event that the status rules read, so the rules run the same
/// on entities and on query projections.
/// </summary>
public sealed record EventFact(
    Guid Id,
    EventKind Kind,
    DateOnly Date,
    Confidence Confidence,
    ReviewState ReviewState,
    DateTimeOffset EnteredAt,
    Guid? FacilityId = null);

/// <summary>
/// A status on a date: what counts (<see cref="Status"/>, since <see cref="Since"/>), and,
/// when a later fact exists that does not count yet (pending review or below the
/// confidence threshold), that fact as "reported, unverified".
/// </summary>
public sealed record StatusOnDate(
    DetaineeStatus Status,
    DateOnly? Since,
    Guid? FacilityId,
    EventFact? Unverified)
{
    public DetaineeStatus? UnverifiedStatus =>
        Unverified is null ? null : StatusRules.StatusAfter(Unverified.Kind);
}
