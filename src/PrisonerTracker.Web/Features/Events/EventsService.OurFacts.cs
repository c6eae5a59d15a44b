using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Events;

public sealed partial class EventsService
{
    public const int OurFactsPageSize = 50;

    /// <summary>
    /// "Our facts": the facts the viewer's organisation entered (<see cref="ReviewScope.EnteredByOrganisationOf"/>),
    /// in every review state, newest entry first, one keyset page at a time. Withheld people are listed (they are
    /// the organisation's own records), marked as such; nothing restricted is read.
    /// </summary>
    public async Task<Page<OurFact>> OurFactsAsync(OurFactsQuery query, PageInput page, Viewer viewer, CancellationToken ct)
    {
        var events = db.Events.AsNoTracking().EnteredByOrganisationOf(viewer);
        if (query.State is { } state) events = events.Where(e => e.ReviewState == state);
        if (query.EnteredByMe)
        {
            var me = viewer.AuthorId;
            events = me is null ? events.Where(_ => false) : events.Where(e => e.EnteredById == me);
        }
        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var people = db.Detainees.MatchingName(query.Person);
            events = events.Where(e => people.Any(d => d.Id == e.DetaineeId));
        }
        var (rows, next, _) = await Keyset.PageAsync(OurFactRows(events), OurFact.NewestFirst, page, countTotal: false, ct);
        return new Page<OurFact>(rows, next, null);
    }

    /// <summary>
    /// A rejected fact this viewer may see (<see cref="ReviewScope"/>), to enter it again, with the approved fact it
    /// was meant to correct, if any: only rejected facts are offered for that.
    /// </summary>
    public async Task<RejectedFact?> RejectedFactAsync(Guid id, Viewer viewer, Links links, CancellationToken ct)
    {
        if (!viewer.IsStaff) return null;
        var row = await Rows(new EventListQuery(), viewer, anyReviewState: true)
            .SingleOrDefaultAsync(e => e.Id == id && e.ReviewState == ReviewState.Rejected, ct);
        return row is null ? null : new RejectedFact(row.ToDto(links, staff: true), row.CorrectsEventId);
    }

    private IQueryable<OurFact> OurFactRows(IQueryable<VerificationEvent> events) =>
        from e in events
        join d in db.KnownDetainees on e.DetaineeId equals d.Id
        select new OurFact
        {
            Id = e.Id, DetaineeId = e.DetaineeId, DetaineeName = d.Name, Withheld = d.Withheld,
            Kind = e.Kind, Date = e.EventDate, DatePrecision = e.DatePrecision, DateApproximate = e.DateApproximate,
            Confidence = e.Confidence, ReviewState = e.ReviewState,
            EnteredBy = e.EnteredBy, EnteredAt = e.EnteredAt, ReviewedBy = e.ReviewedBy, ReviewedAt = e.ReviewedAt,
            ReviewReason = e.ReviewState == ReviewState.Rejected || e.ReviewState == ReviewState.Unverifiable ? e.ReviewReason : null,
            // Only a superseded fact looks for its correction (indexed on corrects_event_id); one scalar per row shown.
            CorrectedBy = e.ReviewState == ReviewState.Superseded
                ? db.Events.Where(c => c.CorrectsEventId == e.Id && c.ReviewState == ReviewState.Approved).Select(c => (Guid?)c.Id).FirstOrDefault()
                : null,
        };
}
