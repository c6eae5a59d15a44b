using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Facilities;

public sealed partial class FacilitiesService
{
    /// <summary>
    /// Releases and transfers of people while they were held at the facility, up to <paramref name="asOf"/>.
    /// Each person's approved events are replayed in the order of the status rules: an arrest or
    /// transfer naming a facility puts them there; a release or transfer then leaves from it.
    /// Every confidence level is listed, each with its level shown.
    /// </summary>
    private async Task<IReadOnlyList<Movement>> MovementsAsync(Guid facilityId, DateOnly asOf, Viewer viewer, Links links, CancellationToken ct)
    {
        var people = db.KnownEvents.Where(e => e.FacilityId == facilityId && e.ReviewState == ReviewState.Approved).Select(e => e.DetaineeId);
        var events = await (from e in db.KnownEvents
                            join d in db.KnownDetainees.VisibleTo(viewer) on e.DetaineeId equals d.Id
                            where people.Contains(e.DetaineeId) && e.ReviewState == ReviewState.Approved && e.EventDate <= asOf
                            select new
                            {
                                e.Id, e.DetaineeId, DetaineeName = d.Name, e.Kind, e.EventDate, e.DatePrecision, e.DateApproximate, e.Confidence,
                                e.ReviewState, e.EnteredAt, e.FacilityId,
                            })
            .AsNoTracking().ToListAsync(ct);
        var names = await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, ct);

        var movements = new List<Movement>();
        foreach (var person in events.GroupBy(e => e.DetaineeId))
        {
            var byId = person.ToDictionary(e => e.Id);
            Guid? at = null;
            var ordered = StatusRules.Chronological(person.Select(e =>
                new EventFact(e.Id, e.Kind, e.EventDate, e.Confidence, e.ReviewState, e.EnteredAt, e.FacilityId)));
            foreach (var fact in ordered)
            {
                var e = byId[fact.Id];
                var leaves = e.Kind is EventKind.ReleasedConditional or EventKind.ReleasedFull
                    || (e.Kind == EventKind.Transferred && e.FacilityId != facilityId);
                if (leaves && at == facilityId)
                {
                    var to = e.Kind == EventKind.Transferred ? e.FacilityId : null;
                    movements.Add(new Movement(e.Id, e.DetaineeId, e.DetaineeName, e.Kind, e.EventDate, e.DatePrecision, e.DateApproximate, e.Confidence,
                        to, to is { } t ? names.GetValueOrDefault(t) : null, links.Page($"detainees/{e.DetaineeId}#event-{e.Id}")));
                }
                // Where the person is after this event: a release ends the stay; a fact naming a facility moves them there.
                if (e.Kind is EventKind.ReleasedConditional or EventKind.ReleasedFull or EventKind.DiedInCustody) at = null;
                else if (e.Kind is EventKind.Arrested or EventKind.ReArrested) at = e.FacilityId;
                else if (e.FacilityId is not null) at = e.FacilityId;
            }
        }
        return [.. movements.OrderByDescending(m => m.Date).ThenBy(m => m.DetaineeName)];
    }
}
