using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary>A facility as one choice of a filter.</summary>
public sealed record FacilityChoice(Guid Id, string Name);

/// <summary>A release or transfer away from a facility: who, what, when, how well established, and where to (for a transfer).</summary>
public sealed record Movement(
    Guid EventId, Guid DetaineeId, string DetaineeName, EventKind Kind, DateOnly Date, DatePrecision DatePrecision, bool DateApproximate, Confidence Confidence,
    Guid? ToFacilityId, string? ToFacilityName, string Url);
