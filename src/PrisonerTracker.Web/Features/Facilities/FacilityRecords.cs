using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Facilities;

// The API's facility records: paged list, and counts on a date with small cells hidden from the public.

/// <summary>Filters and paging of <c>GET /api/v1/facilities</c>.</summary>
/// <param name="Region">State or region, exact (case-insensitive).</param>
/// <param name="Kind">Facility kind, e.g. intelligence-service, prison.</param>
/// <param name="Open">true: open facilities only; false: closed ones.</param>
/// <param name="Limit">Page size, 1 to 500 (default 50).</param>
/// <param name="Cursor">Opaque cursor from <c>nextCursor</c>.</param>
/// <param name="Format">csv for every row of the filter as CSV; csv-excel for the same separated by ";" (spreadsheets in Spanish).</param>
/// <param name="KnownAt">Counts as known at this instant (reproducible figures); default now.</param>
public sealed record FacilityListQuery(
    [FromQuery(Name = "region"), MaxLength(FieldLimits.Region)] string? Region = null,
    [FromQuery(Name = "kind")] QueryEnum<FacilityKind>? Kind = null,
    [FromQuery(Name = "open")] bool? Open = null,
    [FromQuery(Name = "limit"), Range(1, Paging.MaxLimit)] int? Limit = null,
    [FromQuery(Name = "cursor"), MaxLength(Api.Cursor.MaxLength)] string? Cursor = null,
    [FromQuery(Name = "format")] QueryEnum<ResponseFormat>? Format = null,
    [FromQuery(Name = "knownAt")] DateTimeOffset? KnownAt = null);

/// <summary>Options of <c>GET /api/v1/facilities/{id}</c>.</summary>
/// <param name="AsOf">Date the counts are computed for. Default: today.</param>
/// <param name="MinConfidence">Confidence an approved event needs to count. Default: verified.</param>
/// <param name="KnownAt">Counts and people as known at this instant (reproducible figures); default now.</param>
public sealed record FacilityDetailQuery(
    [FromQuery(Name = "asOf")] DateOnly? AsOf = null,
    [FromQuery(Name = "minConfidence")] QueryEnum<Domain.Events.Confidence>? MinConfidence = null,
    [FromQuery(Name = "knownAt")] DateTimeOffset? KnownAt = null);

/// <summary>A detention site. <c>reportedPopulationLow/High</c> is the population reported by others (a range), not a count.</summary>
public sealed class FacilityRecord
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public FacilityKind Kind { get; init; }
    public string? Operator { get; init; }
    public string? Region { get; init; }
    public string? City { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public bool IsOpen { get; init; }
    public int? ReportedPopulationLow { get; init; }
    public int? ReportedPopulationHigh { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Row version: the single-record GET's ETag, which PUT and PATCH expect back.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public uint Version { get; init; }
    public string Url { get; set; } = "";
    public string ApiUrl { get; set; } = "";

    /// <summary>Named people held there today (on <c>asOf</c> for one facility); "&lt;5" for anonymous callers when 1 to 4.</summary>
    public CountCell? Held { get; set; }
}

/// <summary>
/// A facility with who was there on <c>asOf</c>. <c>counts</c> cover named people only (a withheld
/// person is never placed at a facility, even as a count); <c>people</c> lists those the caller may
/// see (staff also see withheld people) and <c>namedCount</c> is its length. For anonymous callers
/// counts of 1 to 4 read "&lt;5". <c>movements</c>: releases and transfers of people while they were held there, latest first.
/// </summary>
public sealed record FacilityRecordDetail(FacilityRecord Facility, DateOnly AsOf, Domain.Events.Confidence MinConfidence,
    FacilityCounts Counts, int NamedCount, IReadOnlyList<PersonAtFacility> People, IReadOnlyList<Movement> Movements);

/// <summary>Held (at a known place), whereabouts unknown after being held there, released from there (last facility before release).</summary>
public sealed record FacilityCounts(CountCell Held, CountCell WhereaboutsUnknown, CountCell Released);

/// <summary>A count, or null when hidden; <c>display</c> is the count as text or "&lt;5".</summary>
public sealed record CountCell(int? Count, string Display)
{
    /// <summary>The count under the small-cell rule (<see cref="Domain.Privacy.SmallCells"/>); <paramref name="exact"/> for staff.</summary>
    public static CountCell Of(int count, bool exact) =>
        Domain.Privacy.SmallCells.Hides(count, exact) ? new CountCell(null, Domain.Privacy.SmallCells.HiddenText) : new CountCell(count, count.ToString());
}

/// <summary>A person at the facility on the date (held, or whereabouts unknown after being held there), with how precisely the sources date their status.</summary>
/// <param name="Status">held or whereabouts-unknown, written as in the detainee list; typed so the page reads no string.</param>
public sealed record PersonAtFacility(Guid Id, string Name, Domain.Status.DetaineeStatus Status, DateOnly? StatusSince,
    Domain.Events.DatePrecision? StatusSincePrecision, bool StatusSinceApproximate, string Url, string ApiUrl);

/// <summary>One CSV line of the facility list.</summary>
public sealed record FacilityCsvRow(Guid Id, string Name, FacilityKind Kind, string? Operator, string? Region, string? City,
    double? Latitude, double? Longitude, bool IsOpen, int? ReportedPopulationLow, int? ReportedPopulationHigh, DateTimeOffset UpdatedAt, string Url)
{
    public static FacilityCsvRow From(FacilityRecord f) => new(f.Id, f.Name, f.Kind, f.Operator, f.Region, f.City, f.Latitude, f.Longitude,
        f.IsOpen, f.ReportedPopulationLow, f.ReportedPopulationHigh, f.UpdatedAt, f.Url);
}
