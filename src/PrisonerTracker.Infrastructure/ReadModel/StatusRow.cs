using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;

namespace PrisonerTracker.Infrastructure.ReadModel;

/// <summary>
/// One person's status on a date, as the status read model (<c>status_periods</c>) or the status rule
/// over the events (<c>detainee_status_on</c>) gives it. A keyless type of the model, so that status
/// and kind are read as their enums (stored by name), never as strings.
/// </summary>
public sealed class StatusRow
{
    public Guid DetaineeId { get; init; }
    public DetaineeStatus Status { get; init; }
    public DateOnly? Since { get; init; }
    public Guid? FacilityId { get; init; }
    public EventKind? UnverifiedKind { get; init; }
    public DateOnly? UnverifiedDate { get; init; }
}
