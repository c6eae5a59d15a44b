using PrisonerTracker.Web.Features.Privacy;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>
/// Reading verification events. The public sees approved events of people who are not
/// withheld; staff see every person, approved events and the unreviewed work of their own organisation (<see cref="ReviewScope"/>).
/// </summary>
public sealed partial class EventsService(TrackerDbContext db)
{
    private static readonly Dictionary<DateSort, SortSpec<EventRow>> Sorts = new()
    {
        [DateSort.Date] = ByDate(false),
        [DateSort.DateDesc] = ByDate(true),
        [DateSort.Updated] = ByUpdated(false),
        [DateSort.UpdatedDesc] = ByUpdated(true),
    };

    public static SortSpec<EventRow> SortFor(DateSort? sort) => Sorts[sort ?? DateSort.Date];

    /// <summary>A page of events, with the filter's total only when the query asks for it.</summary>
    public async Task<Page<EventDto>> ListAsync(EventListQuery query, PageInput page, Viewer viewer, Links links, CancellationToken ct)
    {
        var (rows, next, total) = await Keyset.PageAsync(Rows(query, viewer), SortFor(query.Sort?.Value), page, query.IncludeTotal == true, ct);
        return new Page<EventDto>([.. rows.Select(r => r.ToDto(links, viewer.IsStaff))], next, total);
    }

    public async IAsyncEnumerable<EventDto> ExportAsync(EventListQuery query, Viewer viewer, Links links,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in Keyset.ChunksAsync(Rows(query, viewer), SortFor(query.Sort?.Value), ct))
            foreach (var row in chunk) yield return row.ToDto(links, viewer.IsStaff);
    }

    public async Task<EventDto?> GetAsync(Guid id, Viewer viewer, Links links, CancellationToken ct)
    {
        var row = await Rows(new EventListQuery(), viewer, anyReviewState: viewer.IsStaff).SingleOrDefaultAsync(e => e.Id == id, ct);
        return row?.ToDto(links, viewer.IsStaff);
    }

    private IQueryable<EventRow> Rows(EventListQuery q, Viewer viewer, bool anyReviewState = false)
    {
        var events = db.KnownEvents.AsNoTracking();
        if (!viewer.IsStaff)
        {
            // A query variable, not a call inside the lambda: EF inlines the former, it cannot translate the latter.
            var named = db.KnownDetainees.In(Population.Named);
            events = events.Where(e => e.ReviewState == ReviewState.Approved && named.Any(d => d.Id == e.DetaineeId));
        }
        else events = events.SharedWith(viewer);
        if (q.ReviewState is { } state) events = events.Where(e => e.ReviewState == state.Value);
        else if (!anyReviewState) events = events.Where(e => e.ReviewState == ReviewState.Approved);
        if (q.Kind is { } kind) events = events.Where(e => e.Kind == kind.Value);
        if (q.Confidence is { } confidence)
        {
            var atLeast = Enum.GetValues<Confidence>().Where(c => c >= confidence.Value).ToArray();
            events = events.Where(e => atLeast.Contains(e.Confidence));
        }
        if (q.From is { } from) events = events.Where(e => e.EventDate >= from);
        if (q.To is { } to) events = events.Where(e => e.EventDate <= to);
        if (q.OrganisationId is { } organisation) events = events.Where(e => e.ReportingOrganisationId == organisation);
        if (q.FacilityId is { } facility) events = events.Where(e => e.FacilityId == facility);
        if (q.DetaineeId is { } detainee) events = events.Where(e => e.DetaineeId == detainee);
        if (q.UpdatedSince is { } since) events = events.Where(e => e.UpdatedAt >= since);
        return EventProjection.Rows(db, events);
    }

    private static SortSpec<EventRow> ByDate(bool descending) => new SortSpec<EventRow, DateOnly>(
        QueryNames.Of(descending ? DateSort.DateDesc : DateSort.Date), e => e.Date, e => e.Id, descending,
        k => k.ToString("O", CultureInfo.InvariantCulture), k => DateOnly.ParseExact(k, "O", CultureInfo.InvariantCulture));

    private static SortSpec<EventRow> ByUpdated(bool descending) => new SortSpec<EventRow, DateTimeOffset>(
        QueryNames.Of(descending ? DateSort.UpdatedDesc : DateSort.Updated), e => e.UpdatedAt, e => e.Id, descending,
        k => k.ToString("O", CultureInfo.InvariantCulture), k => DateTimeOffset.Parse(k, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}
