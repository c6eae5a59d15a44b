using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;

namespace PrisonerTracker.Web.Pages.Detainees;

/// <summary>
/// The search form of the people list, as typed. Field names are the API's query names, so a
/// page address and its CSV download carry the same filter. Values are kept as text to be
/// shown back, with a message next to any field that cannot be used.
/// </summary>
public sealed class DetaineeFilter
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "asOf")] public string? AsOf { get; set; }
    [FromQuery(Name = "facilityId")] public string? FacilityId { get; set; }
    [FromQuery(Name = "nationality")] public string? Nationality { get; set; }
    [FromQuery(Name = "gender")] public string? Gender { get; set; }
    [FromQuery(Name = "military")] public string? Military { get; set; }
    [FromQuery(Name = "releasedFrom")] public string? ReleasedFrom { get; set; }
    [FromQuery(Name = "releasedTo")] public string? ReleasedTo { get; set; }
    [FromQuery(Name = "arrestedFrom")] public string? ArrestedFrom { get; set; }
    [FromQuery(Name = "arrestedTo")] public string? ArrestedTo { get; set; }
    [FromQuery(Name = "limit")] public string? Limit { get; set; }
    [FromQuery(Name = "cursor")] public string? Cursor { get; set; }

    /// <summary>Going back: a cursor of the reverse order, taken from the first row shown.</summary>
    [FromQuery(Name = "before")] public string? Before { get; set; }

    /// <summary>Field → resource key of the message shown next to it.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public bool GoingBack => !string.IsNullOrEmpty(Before);

    /// <summary>The service query for this filter; null (with <see cref="Errors"/> filled) when a value cannot be read.</summary>
    public DetaineeListQuery? ToQuery()
    {
        if (!DetaineesService.IsAcceptableQuery(Q)) Errors["q"] = "Error.Query";
        var status = Choice<StatusFilter>(Status, "status");
        var gender = Choice<Gender>(Gender, "gender");
        var asOf = Date(AsOf, "asOf");
        var (releasedFrom, releasedTo) = (Date(ReleasedFrom, "releasedFrom"), Date(ReleasedTo, "releasedTo"));
        var (arrestedFrom, arrestedTo) = (Date(ArrestedFrom, "arrestedFrom"), Date(ArrestedTo, "arrestedTo"));
        if (releasedFrom > releasedTo) Errors["releasedTo"] = "Error.DateOrder";
        if (arrestedFrom > arrestedTo) Errors["arrestedTo"] = "Error.DateOrder";
        Guid? facility = null;
        if (Has(FacilityId))
        {
            if (Guid.TryParse(FacilityId, out var id)) facility = id;
            else Errors["facilityId"] = "Error.Facility";
        }
        string? nationality = null;
        if (Has(Nationality))
        {
            nationality = Nationality!.Trim().ToUpperInvariant();
            if (nationality.Length != 2 || !nationality.All(char.IsAsciiLetter)) Errors["nationality"] = "Error.Nationality";
        }
        bool? military = Military switch
        {
            null or "" => null,
            "true" => true,
            "false" => false,
            _ => Invalid<bool?>("military"),
        };
        int? limit = null;
        if (Has(Limit))
        {
            if (int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= Paging.MaxLimit) limit = size;
            else Errors["limit"] = "Error.Limit";
        }
        if (Errors.Count > 0) return null;
        return new DetaineeListQuery(
            Q: Has(Q) ? Q!.Trim() : null, Status: status, AsOf: asOf, FacilityId: facility, Nationality: nationality,
            Gender: gender, Military: military, ArrestedFrom: arrestedFrom, ArrestedTo: arrestedTo,
            ReleasedFrom: releasedFrom, ReleasedTo: releasedTo, Limit: limit ?? PageSize,
            Sort: new QueryEnum<DetaineeSort>(GoingBack ? DetaineeSort.NameDesc : DetaineeSort.Name),
            Cursor: GoingBack ? Before : Cursor);
    }

    public const int PageSize = 25;

    /// <summary>The filter's query string without paging: for the CSV link and the pager.</summary>
    public IEnumerable<KeyValuePair<string, string?>> FilterValues()
    {
        (string Key, string? Value)[] pairs =
        [
            ("q", Q), ("status", Status), ("asOf", AsOf), ("facilityId", FacilityId),
            ("nationality", Nationality), ("gender", Gender), ("military", Military),
            ("releasedFrom", ReleasedFrom), ("releasedTo", ReleasedTo), ("arrestedFrom", ArrestedFrom), ("arrestedTo", ArrestedTo),
        ];
        return pairs.Where(p => Has(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value!.Trim()));
    }

    public bool IsFiltered => FilterValues().Any();

    /// <summary>An ISO date (what a date field submits in every language); the field's message when it is not one.</summary>
    private DateOnly? Date(string? text, string field)
    {
        if (!Has(text)) return null;
        if (DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Errors[field] = "Error.AsOf";
        return null;
    }

    private QueryEnum<T>? Choice<T>(string? text, string field) where T : struct, Enum
    {
        if (!Has(text)) return null;
        if (QueryEnum<T>.TryParse(text, null, out var value)) return value;
        return Invalid<QueryEnum<T>?>(field);
    }

    private T? Invalid<T>(string field)
    {
        Errors[field] = "Error.Choice";
        return default;
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}

/// <summary>
/// A "from … to …" pair of date fields of the people list (<c>releasedFrom</c>/<c>releasedTo</c>,
/// <c>arrestedFrom</c>/<c>arrestedTo</c>), as typed, with the filter's messages for both.
/// </summary>
public sealed record DateRangeFields(DetaineeFilter Filter, string Kind, string? From, string? To)
{
    public string FromName => Kind + "From";
    public string ToName => Kind + "To";

    public string? Error(string field) => Filter.Errors.GetValueOrDefault(field);
}
