using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Organisations;

/// <summary>Filters and paging of <c>GET /api/v1/organisations</c>.</summary>
/// <param name="Kind">government, foreign-government, ngo, intergovernmental, media, family-or-lawyer.</param>
/// <param name="Limit">Page size, 1 to 500 (default 50).</param>
/// <param name="Cursor">Opaque cursor from <c>nextCursor</c>.</param>
/// <param name="Format">csv for every row of the filter as CSV; csv-excel for the same separated by ";" (spreadsheets in Spanish).</param>
public sealed record OrganisationListQuery(
    [FromQuery(Name = "kind")] QueryEnum<OrganisationKind>? Kind = null,
    [FromQuery(Name = "limit"), Range(1, Paging.MaxLimit)] int? Limit = null,
    [FromQuery(Name = "cursor"), MaxLength(Api.Cursor.MaxLength)] string? Cursor = null,
    [FromQuery(Name = "format")] QueryEnum<ResponseFormat>? Format = null);

/// <summary>Anyone who speaks or reports: a government, an NGO, the UN, a newspaper, a family.</summary>
public sealed class OrganisationItem
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public OrganisationKind Kind { get; init; }
    public string? Country { get; init; }
    public string? Website { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Row version: the single-record GET's ETag, which PUT and PATCH expect back.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public uint Version { get; init; }

    /// <summary>This organisation's announcements in the API.</summary>
    public string AnnouncementsUrl { get; set; } = "";
}

/// <summary>One CSV line of the organisation list.</summary>
public sealed record OrganisationCsvRow(Guid Id, string Name, OrganisationKind Kind, string? Country, string? Website, DateTimeOffset UpdatedAt, string AnnouncementsUrl)
{
    public static OrganisationCsvRow From(OrganisationItem o) => new(o.Id, o.Name, o.Kind, o.Country, o.Website, o.UpdatedAt, o.AnnouncementsUrl);
}
