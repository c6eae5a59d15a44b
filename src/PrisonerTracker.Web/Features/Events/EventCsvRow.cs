using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>One CSV line of the event list: sources joined with ";", the permalink in <c>url</c>.</summary>
public sealed record EventCsvRow(
    Guid Id, Guid DetaineeId, string DetaineeName, EventKind Kind, DateOnly Date, DatePrecision DatePrecision, bool DateApproximate, Confidence Confidence,
    ReviewState ReviewState, Guid? FacilityId, string? FacilityName, Guid? ReportingOrganisationId, string? ReportingOrganisationName,
    Guid? AnnouncementId, string? Conditions, string? Notes, string Sources, string SourceUrls, DateTimeOffset UpdatedAt, string Url)
{
    public static EventCsvRow From(EventDto e) => new(
        e.Id, e.DetaineeId, e.DetaineeName, e.Kind, e.Date, e.DatePrecision, e.DateApproximate, e.Confidence, e.ReviewState,
        e.Facility?.Id, e.Facility?.Name, e.ReportingOrganisation?.Id, e.ReportingOrganisation?.Name, e.AnnouncementId,
        e.Conditions, e.Notes, string.Join(';', e.Sources.Select(s => s.Label)),
        string.Join(';', e.Sources.Select(s => s.Url).OfType<string>()), e.UpdatedAt, e.Url);
}
