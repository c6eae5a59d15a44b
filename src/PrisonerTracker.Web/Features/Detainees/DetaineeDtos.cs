using PrisonerTracker.Domain.Status;
using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>One person in the detainee list.</summary>
/// <param name="Status">Status on the requested date: not-held, held, released-conditional, released-full, whereabouts-unknown, deceased.</param>
/// <param name="StatusSince">Date of the event that gives the status (for a month or a year, the period's first day).</param>
/// <param name="StatusSincePrecision">How precisely the sources give that date: day, month or year.</param>
/// <param name="StatusSinceApproximate">That date is known only roughly ("in custody on or before").</param>
/// <param name="ReportedUnverified">A later fact that does not count yet (pending review or below the confidence threshold), if any.</param>
/// <param name="Url">Public page to cite.</param>
/// <param name="Withheld">Staff only: withheld from the public at the family's request.</param>
/// <param name="Restricted">Admins only: fields never shown to the public. Absent for everyone else, who read them one person at a time on the profile.</param>
public sealed record DetaineeItem(
    Guid Id, string Name, IReadOnlyList<string> NameVariants, Gender Gender, bool MinorAtArrest,
    IReadOnlyList<string> Nationalities, ServiceBranch Service, string? Occupation, string? Region, string? Charges, string? Sentence,
    PrisonerTracker.Domain.Status.DetaineeStatus Status, DateOnly? StatusSince, DatePrecision? StatusSincePrecision, bool StatusSinceApproximate, FacilityRef? CurrentFacility, UnverifiedFact? ReportedUnverified,
    DateTimeOffset UpdatedAt, string Url, string ApiUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Withheld = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RestrictedDto? Restricted = null);

/// <summary>A facility named in another record.</summary>
public sealed record FacilityRef(Guid Id, string Name);

/// <summary>A fact reported but not counted yet: its event kind and date.</summary>
public sealed record UnverifiedFact(EventKind Kind, DateOnly Date);

/// <summary>Restricted fields: for staff of the organisation that recorded the person, and admins. A null field is empty.</summary>
public sealed record RestrictedDto(string? NationalId, string? FamilyContact, string? HealthNotes, string? PrivateNotes)
{
    public static RestrictedDto Empty { get; } = new(null, null, null, null);
}

/// <summary>A request to publish a withheld person, waiting for a second person (<c>POST /api/v1/detainees/{id}/publication</c>).</summary>
/// <param name="RequestedBy">Who asked (the API key's name); they cannot approve it themselves.</param>
public sealed record PendingPublicationDto(string RequestedBy, DateTimeOffset RequestedAt)
{
    public static PendingPublicationDto? From(Domain.Detainees.PublicationRequest? request) =>
        request is null ? null : new(request.RequestedBy, request.RequestedAt);
}

public static class DetaineeMapping
{
    /// <param name="restricted">The person's restricted fields when this response may carry them (admins' lists), else null.</param>
    /// <param name="since">How precisely the status date is known, when it was looked up.</param>
    public static DetaineeItem ToDto(this DetaineeRow row, Links links, bool staff, RestrictedDto? restricted, DateOfRecord? since) => new(
        row.Id, row.Name, row.NameVariants, row.Gender, row.MinorAtArrest, row.Nationalities, row.Service,
        row.Occupation, row.Region, row.Charges, row.Sentence,
        row.Status, row.Since, row.Since is null ? null : since?.Precision ?? DatePrecision.Day, since?.Approximate ?? false,
        row.FacilityId is { } facility ? new FacilityRef(facility, row.FacilityName ?? "") : null,
        row.UnverifiedKind is { } kind && row.UnverifiedDate is { } date ? new UnverifiedFact(kind, date) : null,
        row.UpdatedAt, links.Page($"detainees/{row.Id}"), links.Api($"detainees/{row.Id}"),
        staff ? row.Withheld : null,
        staff ? restricted : null);
}
