using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>Filters of the review queue; every value is optional.</summary>
/// <param name="OrganisationId">The reporting organisation.</param>
/// <param name="Person">Name search over the person's names and variants, as everywhere.</param>
public sealed record ReviewQueueQuery(Guid? OrganisationId = null, EventKind? Kind = null, string? Person = null);

/// <summary>A pending fact in the queue: whether the viewer entered it (then they cannot decide on it), and what it corrects.</summary>
public sealed record QueueItem(EventDto Fact, bool OwnWork, EventDto? Corrects);

public sealed partial class EventsService
{
    public const int QueueLimit = 200;

    /// <summary>
    /// The review queue: pending facts this viewer may decide on (<see cref="ReviewScope"/>), oldest entry first,
    /// at most <see cref="QueueLimit"/>. Facts the viewer entered are listed, marked as their own work.
    /// </summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(ReviewQueueQuery query, Viewer viewer, Links links, CancellationToken ct)
    {
        var events = db.Events.AsNoTracking().PendingFor(viewer);
        if (query.OrganisationId is { } organisation) events = events.Where(e => e.ReportingOrganisationId == organisation);
        if (query.Kind is { } kind) events = events.Where(e => e.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var people = db.Detainees.MatchingName(query.Person);
            events = events.Where(e => people.Any(d => d.Id == e.DetaineeId));
        }
        var rows = await EventProjection.Rows(db, events).OrderBy(e => e.EnteredAt).ThenBy(e => e.Id).Take(QueueLimit).ToListAsync(ct);
        var correctedIds = rows.Where(r => r.CorrectsEventId is not null).Select(r => r.CorrectsEventId!.Value).ToList();
        var corrected = correctedIds.Count == 0 ? [] : await EventProjection.Rows(db, db.Events.Where(e => correctedIds.Contains(e.Id)))
            .AsNoTracking().ToDictionaryAsync(e => e.Id, ct);
        return [.. rows.Select(r => new QueueItem(
            r.ToDto(links, staff: true),
            Author.Same(r.EnteredBy, r.EnteredById, viewer.Name ?? "", viewer.AuthorId),
            r.CorrectsEventId is { } c && corrected.TryGetValue(c, out var old) ? old.ToDto(links, staff: true) : null))];
    }

    /// <summary>A fact as staff see it, for a correction form: only approved facts are corrected.</summary>
    public async Task<EventDto?> ApprovedFactAsync(Guid id, Viewer viewer, Links links, CancellationToken ct) =>
        await GetAsync(id, viewer, links, ct) is { ReviewState: ReviewState.Approved } fact ? fact : null;

    /// <summary>A person's approved facts, oldest first: what the record page offers to correct.</summary>
    public async Task<IReadOnlyList<EventDto>> ApprovedFactsOfAsync(Guid detaineeId, Links links, CancellationToken ct) =>
        [.. (await EventProjection.Rows(db, db.Events.AsNoTracking().Where(e => e.DetaineeId == detaineeId && e.ReviewState == ReviewState.Approved))
            .OrderBy(e => e.Date).ThenBy(e => e.EnteredAt).ToListAsync(ct)).Select(r => r.ToDto(links, staff: true))];
}
