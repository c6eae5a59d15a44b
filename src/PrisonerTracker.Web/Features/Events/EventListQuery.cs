using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>Filters, sort and paging of <c>GET /api/v1/events</c>.</summary>
/// <param name="Kind">Event kind, e.g. released-conditional.</param>
/// <param name="Confidence">Minimum confidence (claimed &lt; reported &lt; verified &lt; confirmed).</param>
/// <param name="ReviewState">approved (default for the public), pending or rejected (staff only: 403 otherwise).</param>
/// <param name="From">Events dated on or after this date.</param>
/// <param name="To">Events dated on or before this date.</param>
/// <param name="OrganisationId">Reported by this organisation.</param>
/// <param name="FacilityId">At this facility.</param>
/// <param name="DetaineeId">About this person.</param>
/// <param name="KnownAt">The events as they were known at this instant (reviewed then, deleted later included); default now.</param>
/// <param name="UpdatedSince">Changed at or after this instant.</param>
/// <param name="Sort">date (default), -date, updated, -updated.</param>
/// <param name="Limit">Page size, 1 to 500 (default 50).</param>
/// <param name="Cursor">Opaque cursor from <c>nextCursor</c>; only valid with the same sort.</param>
/// <param name="IncludeTotal">true: also count every event of the filter (<c>total</c>); left out by default, as counting costs a pass over all of them.</param>
/// <param name="Format">csv for every row of the filter as CSV; csv-excel for the same separated by ";" (spreadsheets in Spanish).</param>
public sealed record EventListQuery(
    [FromQuery(Name = "kind")] QueryEnum<EventKind>? Kind = null,
    [FromQuery(Name = "confidence")] QueryEnum<Confidence>? Confidence = null,
    [FromQuery(Name = "reviewState")] QueryEnum<ReviewState>? ReviewState = null,
    [FromQuery(Name = "from")] DateOnly? From = null,
    [FromQuery(Name = "to")] DateOnly? To = null,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId = null,
    [FromQuery(Name = "facilityId")] Guid? FacilityId = null,
    [FromQuery(Name = "detaineeId")] Guid? DetaineeId = null,
    [FromQuery(Name = "updatedSince")] DateTimeOffset? UpdatedSince = null,
    [FromQuery(Name = "knownAt")] DateTimeOffset? KnownAt = null,
    [FromQuery(Name = "sort")] QueryEnum<DateSort>? Sort = null,
    [FromQuery(Name = "limit"), Range(1, Paging.MaxLimit)] int? Limit = null,
    [FromQuery(Name = "cursor"), MaxLength(Api.Cursor.MaxLength)] string? Cursor = null,
    [FromQuery(Name = "format")] QueryEnum<ResponseFormat>? Format = null,
    [FromQuery(Name = "includeTotal")] bool? IncludeTotal = null);
