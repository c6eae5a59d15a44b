using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Dashboard;

/// <summary>
/// One approved event in the dashboard's "latest" feed; never about a withheld person for the
/// public. The source is the event's first: its document name or URL, and its URL when it has one.
/// </summary>
public sealed record FeedItem(Guid EventId, DateOnly Date, DatePrecision DatePrecision, bool DateApproximate, Guid DetaineeId, string Name, EventKind Kind,
    Confidence Confidence, string? Organisation, string? SourceLabel, string? SourceUrl)
{
    public static FeedItem From(EventDto e) => new(e.Id, e.Date, e.DatePrecision, e.DateApproximate, e.DetaineeId, e.DetaineeName, e.Kind,
        e.Confidence, e.ReportingOrganisation?.Name, e.Sources.FirstOrDefault()?.Label, e.Sources.FirstOrDefault()?.Url);
}
