using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>
/// What the list query reads per person: public fields, the status on the requested date
/// (from <c>detainee_status_on</c>) and the latest change. Never restricted fields.
/// </summary>
public sealed class DetaineeRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyList<string> NameVariants { get; init; } = [];
    public Gender Gender { get; init; }
    public bool MinorAtArrest { get; init; }
    public IReadOnlyList<string> Nationalities { get; init; } = [];
    public ServiceBranch Service { get; init; }
    public string? Occupation { get; init; }
    public string? Region { get; init; }
    public string? Charges { get; init; }
    public string? Sentence { get; init; }
    public string? ReleaseConditions { get; init; }
    public bool Withheld { get; init; }
    public DetaineeStatus Status { get; init; }
    public DateOnly? Since { get; init; }
    public Guid? FacilityId { get; init; }
    public string? FacilityName { get; init; }
    public EventKind? UnverifiedKind { get; init; }
    public DateOnly? UnverifiedDate { get; init; }

    /// <summary>The later of the person's and their events' last change: a new event changes the record.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
