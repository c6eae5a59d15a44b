using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>Filters, sort and paging of <c>GET /api/v1/detainees</c>; every value is optional.</summary>
/// <param name="Q">Name search: accent- and case-insensitive, every word must appear ("rocio sanmiguel"); close misspellings match too.</param>
/// <param name="Status">Status on <c>asOf</c>: <c>released</c> means either kind of release; <c>detained</c> is held or whereabouts unknown.</param>
/// <param name="AsOf">Date the status is computed for (ISO 8601, e.g. 2026-01-13). Default: today.</param>
/// <param name="FacilityId">Only people held (or disappeared from) this facility on <c>asOf</c>.</param>
/// <param name="Region">State or region, exact (case-insensitive).</param>
/// <param name="Nationality">ISO 3166-1 alpha-2 code, e.g. ES; dual nationals match each of their nationalities.</param>
/// <param name="Gender">Gender as recorded.</param>
/// <param name="Minor">Minor at arrest.</param>
/// <param name="Military">true: military prisoners only; false: civilians only.</param>
/// <param name="Occupation">Text the occupation contains (accent- and case-insensitive), e.g. "journalist".</param>
/// <param name="ArrestedFrom">Has an approved arrest or re-arrest, at or above the confidence threshold, on or after this date.</param>
/// <param name="ArrestedTo">… on or before this date.</param>
/// <param name="ReleasedFrom">Has an approved release, at or above the confidence threshold, on or after this date.</param>
/// <param name="ReleasedTo">… on or before this date.</param>
/// <param name="MinConfidence">Confidence an approved event needs to count. Default: verified.</param>
/// <param name="KnownAt">The list as it was known at this instant (people and events entered, reviewed or corrected by then); default now.</param>
/// <param name="UpdatedSince">Records changed (the person or any of their events) at or after this instant, for incremental sync.</param>
/// <param name="PendingPublication">Staff: true for withheld people with a publication request waiting for a second person (what reviewers decide), false for the others.</param>
/// <param name="Sort">Order: name (default), -name, updated, -updated.</param>
/// <param name="Limit">Page size, 1 to 500 (default 50). Larger values are refused, not clamped.</param>
/// <param name="Cursor">Opaque cursor from <c>nextCursor</c> or the <c>Link: rel="next"</c> header; only valid with the same sort.</param>
/// <param name="IncludeTotal">true: also count every person of the filter (<c>total</c>); left out by default, as counting costs a pass over all of them.</param>
/// <param name="Format"><c>csv</c> for every row of the filter as CSV (same as <c>Accept: text/csv</c>); <c>csv-excel</c> for the same separated by ";" (spreadsheets in Spanish); default JSON.</param>
public sealed record DetaineeListQuery(
    [FromQuery(Name = "q"), MaxLength(DetaineesService.MaxQueryLength)] string? Q = null,
    [FromQuery(Name = "status")] QueryEnum<StatusFilter>? Status = null,
    [FromQuery(Name = "asOf")] DateOnly? AsOf = null,
    [FromQuery(Name = "facilityId")] Guid? FacilityId = null,
    [FromQuery(Name = "region"), MaxLength(FieldLimits.Region)] string? Region = null,
    [FromQuery(Name = "nationality"), MaxLength(FieldLimits.CountryCode)] string? Nationality = null,
    [FromQuery(Name = "gender")] QueryEnum<Gender>? Gender = null,
    [FromQuery(Name = "minor")] bool? Minor = null,
    [FromQuery(Name = "military")] bool? Military = null,
    [FromQuery(Name = "occupation"), MaxLength(FieldLimits.Occupation)] string? Occupation = null,
    [FromQuery(Name = "arrestedFrom")] DateOnly? ArrestedFrom = null,
    [FromQuery(Name = "arrestedTo")] DateOnly? ArrestedTo = null,
    [FromQuery(Name = "releasedFrom")] DateOnly? ReleasedFrom = null,
    [FromQuery(Name = "releasedTo")] DateOnly? ReleasedTo = null,
    [FromQuery(Name = "minConfidence")] QueryEnum<Confidence>? MinConfidence = null,
    [FromQuery(Name = "updatedSince")] DateTimeOffset? UpdatedSince = null,
    [FromQuery(Name = "knownAt")] DateTimeOffset? KnownAt = null,
    [FromQuery(Name = "pendingPublication")] bool? PendingPublication = null,
    [FromQuery(Name = "sort")] QueryEnum<DetaineeSort>? Sort = null,
    [FromQuery(Name = "limit"), Range(1, Paging.MaxLimit)] int? Limit = null,
    [FromQuery(Name = "cursor"), MaxLength(Api.Cursor.MaxLength)] string? Cursor = null,
    [FromQuery(Name = "format")] QueryEnum<ResponseFormat>? Format = null,
    [FromQuery(Name = "includeTotal")] bool? IncludeTotal = null)
{
    public Confidence Threshold => MinConfidence?.Value ?? Confidence.Verified;
}

/// <summary>Status filter values (query spelling: held, detained, released, released-conditional, …).</summary>
public enum StatusFilter { Held, Detained, Released, ReleasedConditional, ReleasedFull, WhereaboutsUnknown, Deceased, NotHeld }

/// <summary>Sort orders of the detainee list (query spelling: name, -name, updated, -updated).</summary>
public enum DetaineeSort { Name, NameDesc, Updated, UpdatedDesc }
