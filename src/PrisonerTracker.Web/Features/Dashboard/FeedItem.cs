using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Dashboard;

/// <summary>
/// One approved event in the dashboard's "latest" feed; never about a withheld person for the
/// public. The source is the event's first: its document name or URL, and its URL when it has one.
/// </summary>
public sealed record FeedItem(Guid EventId, DateOnly Date, bool DateApproximate, Guid DetaineeId, string Name, EventKind Kind,
    Confidence Confidence, string? Organisation, string? SourceLabel, string? SourceUrl);
