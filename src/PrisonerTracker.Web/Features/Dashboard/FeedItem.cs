using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Dashboard;

/// <summary>
/// One approved event in the dashboard's "latest" feed; never about a withheld person for the
/// public. The source is the event's first: a link when it has a URL, else its document's name,
/// publisher and date.
/// </summary>
public sealed record FeedItem(Guid EventId, DateOnly Date, DatePrecision DatePrecision, bool DateApproximate, Guid DetaineeId, string Name, EventKind Kind,
    Confidence Confidence, string? Organisation, SourceDto? Source)
{
    public static FeedItem From(EventDto e) => new(e.Id, e.Date, e.DatePrecision, e.DateApproximate, e.DetaineeId, e.DetaineeName, e.Kind,
        e.Confidence, e.ReportingOrganisation?.Name, e.Sources.FirstOrDefault());
}
