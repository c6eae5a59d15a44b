using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>
/// Records events and reviews them, always through the person's aggregate so the history
/// rules apply (no release before an arrest, nothing in the future, no self-review).
/// </summary>
public sealed class EventWriteService(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>The new event's id, or null when there is no such person.</summary>
    public async Task<Guid?> RecordAsync(Guid detaineeId, EventRequest request, Viewer author, CancellationToken ct)
    {
        var detainee = await db.Detainees.Include(d => d.Events).SingleOrDefaultAsync(d => d.Id == detaineeId, ct);
        if (detainee is null) return null;
        await CheckReferencesAsync(request, ct);
        var details = new EventDetails(
            request.Date!.Value, request.Confidence!.Value, author.Name!, request.FacilityId, request.ReportingOrganisationId,
            request.AnnouncementId, request.Conditions, request.Notes, await SourceInput.ResolveAsync(db, request.Sources, ct),
            request.DateApproximate ?? false, request.DatePrecision ?? DatePrecision.Day, author.AuthorId, author.OrganisationId);
        var recorded = request.CorrectsEventId is { } corrected
            ? detainee.RecordCorrection(corrected, request.Kind!.Value, details, clock.GetUtcNow())
            : detainee.RecordEvent(request.Kind!.Value, details, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return recorded.Id;
    }

    /// <summary>
    /// False when there is no such event (or its person was deleted), or it is another organisation's unreviewed
    /// work (<see cref="ReviewScope"/>): a reviewer cannot tell it exists.
    /// </summary>
    public async Task<bool> ReviewAsync(Guid eventId, ReviewRequest decision, Viewer reviewer, CancellationToken ct)
    {
        var detaineeId = await db.Events.SharedWith(reviewer).Where(e => e.Id == eventId).Select(e => (Guid?)e.DetaineeId).SingleOrDefaultAsync(ct);
        var detainee = detaineeId is null ? null : await db.Detainees.Include(d => d.Events).SingleOrDefaultAsync(d => d.Id == detaineeId, ct);
        if (detainee is null) return false;
        detainee.ReviewEvent(eventId, decision.Outcome, reviewer.Name!, reviewer.AuthorId, decision.Reason?.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The event as the read API shows it to staff.</summary>
    public async Task<EventDto> GetAsync(Guid eventId, Links links, CancellationToken ct) =>
        (await EventProjection.Rows(db, db.Events.Where(e => e.Id == eventId)).AsNoTracking().SingleAsync(ct)).ToDto(links, staff: true);

    private async Task CheckReferencesAsync(EventRequest request, CancellationToken ct)
    {
        if (request.FacilityId is { } facility && !await db.Facilities.AnyAsync(f => f.Id == facility, ct))
            throw new DomainRuleException("FacilityId", "There is no facility with this id.");
        if (request.ReportingOrganisationId is { } organisation && !await db.Organisations.AnyAsync(o => o.Id == organisation, ct))
            throw new DomainRuleException("ReportingOrganisationId", "There is no organisation with this id.");
        if (request.AnnouncementId is { } announcement && !await db.Announcements.AnyAsync(a => a.Id == announcement, ct))
            throw new DomainRuleException("AnnouncementId", "There is no announcement with this id.");
    }
}
