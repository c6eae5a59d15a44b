using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary>A detention site with the number of people held there on <c>asOf</c>.</summary>
/// <param name="Held">Named people held there on <c>asOf</c> (verified threshold), shown as "&lt;5" to anonymous viewers when 1 to 4.
/// Withheld people are never counted at a facility (docs/privacy.md).</param>
/// <param name="ReportedPopulationLow">Population reported by others (e.g. "50 to 80"), low end.</param>
public sealed record FacilityItem(
    Guid Id, string Name, FacilityKind Kind, string? Operator, string? Region, string? City, double? Latitude, double? Longitude,
    bool IsOpen, int? ReportedPopulationLow, int? ReportedPopulationHigh, DateOnly AsOf, CountCell Held, string Url);

/// <summary>One facility: details, the people held there (public names only), and movements from it.</summary>
/// <param name="HeldNamed">People held there on <c>asOf</c> that the viewer may see by name.</param>
/// <param name="Movements">Releases and transfers of people who were held there, latest first.</param>
public sealed record FacilityDetail(FacilityItem Facility, IReadOnlyList<HeldPerson> HeldNamed, IReadOnlyList<Movement> Movements);

/// <summary>A facility as one choice of a filter.</summary>
public sealed record FacilityChoice(Guid Id, string Name);

/// <summary>A person held at a facility.</summary>
public sealed record HeldPerson(Guid Id, string Name, DateOnly? Since, string Url, Detainees.DateOfRecord? SinceAsRecorded = null);

/// <summary>A release or transfer away from a facility: who, what, when, how well established, and where to (for a transfer).</summary>
public sealed record Movement(
    Guid EventId, Guid DetaineeId, string DetaineeName, EventKind Kind, DateOnly Date, DatePrecision DatePrecision, bool DateApproximate, Confidence Confidence,
    Guid? ToFacilityId, string? ToFacilityName, string Url);
