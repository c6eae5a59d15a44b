using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>Options of <c>GET /api/v1/detainees/{id}</c>.</summary>
/// <param name="AsOf">Date the status is computed for (ISO 8601). Default: today.</param>
/// <param name="MinConfidence">Confidence an approved event needs to count. Default: verified.</param>
/// <param name="KnownAt">The record and its timeline as known at this instant (reproducible citations); default now.</param>
public sealed record DetaineeProfileQuery(
    [FromQuery(Name = "asOf")] DateOnly? AsOf = null,
    [FromQuery(Name = "minConfidence")] QueryEnum<Confidence>? MinConfidence = null,
    [FromQuery(Name = "knownAt")] DateTimeOffset? KnownAt = null)
{
    public Confidence Threshold => MinConfidence?.Value ?? Confidence.Verified;
}

/// <summary>A person's public record: status on a date, the timeline that gives it, and who named them.</summary>
/// <param name="Status">Status on <c>asOf</c>: not-held, held, released-conditional, released-full, whereabouts-unknown, deceased.</param>
/// <param name="StatusSince">Date of the event that gives the status (for a month or a year, the period's first day).</param>
/// <param name="StatusSincePrecision">How precisely the sources give that date: day, month or year.</param>
/// <param name="StatusSinceApproximate">That date is known only roughly.</param>
/// <param name="Timeline">Events in chronological order (date, then when entered). Anonymous callers see approved events only.</param>
/// <param name="NamedIn">Announcements that named this person.</param>
/// <param name="Withheld">Staff only: withheld from the public at the family's request.</param>
/// <param name="Restricted">Staff of the recording organisation and admins only; absent for everyone else (absent does not mean empty).</param>
/// <param name="RecordingOrganisation">Staff only: the organisation that recorded the person, whose staff read and write the restricted fields. Absent when unknown (people recorded before it was kept): admins only.</param>
/// <param name="PendingPublication">Staff only: a request to publish this withheld person, waiting for a second person's approval.</param>
public sealed record DetaineeProfile(
    Guid Id, string Name, IReadOnlyList<string> NameVariants, Gender Gender, bool MinorAtArrest, IReadOnlyList<string> Nationalities,
    ServiceBranch Service, string? Occupation, string? Region, string? ArrestingAgency, string? Charges, string? Sentence,
    string? ReleaseConditions, DateOnly AsOf, Confidence MinConfidence, PrisonerTracker.Domain.Status.DetaineeStatus Status, DateOnly? StatusSince,
    DatePrecision? StatusSincePrecision, bool StatusSinceApproximate, FacilityRef? CurrentFacility, UnverifiedFact? ReportedUnverified, IReadOnlyList<EventDto> Timeline,
    IReadOnlyList<NamingAnnouncement> NamedIn, DateTimeOffset UpdatedAt, string Url, string ApiUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Withheld = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RestrictedDto? Restricted = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OrganisationRef? RecordingOrganisation = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PendingPublicationDto? PendingPublication = null,
    [property: JsonIgnore] uint Version = 0);

/// <summary>An announcement that named the person: when, who, what it claimed.</summary>
public sealed record NamingAnnouncement(Guid Id, DateOnly Date, string Speaker, string Organisation, ClaimKind Claim, string Number, string ApiUrl);
