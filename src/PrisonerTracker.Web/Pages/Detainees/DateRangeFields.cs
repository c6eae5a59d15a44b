namespace PrisonerTracker.Web.Pages.Detainees;

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
