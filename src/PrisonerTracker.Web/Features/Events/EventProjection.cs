using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Features.Detainees;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>
/// The one projection of events into <see cref="EventRow"/>, used by the event list and the
/// detainee timeline. The join on detainees drops events of deleted people; the caller
/// decides about withheld ones.
/// </summary>
public static class EventProjection
{
    public static IQueryable<EventRow> Rows(TrackerDbContext db, IQueryable<VerificationEvent> events) =>
        from e in events
        join d in db.KnownDetainees on e.DetaineeId equals d.Id
        join f in db.Facilities on e.FacilityId equals (Guid?)f.Id into facilities
        from f in facilities.DefaultIfEmpty()
        join o in db.Organisations on e.ReportingOrganisationId equals (Guid?)o.Id into organisations
        from o in organisations.DefaultIfEmpty()
        // The organisation whose own approved report of this release confirmed it (Detainee.ConfirmIndependentReports).
        // Joins, not a subquery: EF numbers a subquery's rows over every event, which cost 0.4 s a page at 500,000 events.
        join c in db.Events on e.CorroboratedByEventId equals (Guid?)c.Id into corroborations
        from c in corroborations.DefaultIfEmpty()
        join co in db.Organisations on c.ReportingOrganisationId equals (Guid?)co.Id into corroborators
        from co in corroborators.DefaultIfEmpty()
        select new EventRow
        {
            Id = e.Id, DetaineeId = e.DetaineeId, DetaineeName = d.Name, Kind = e.Kind, Date = e.EventDate,
            DatePrecision = e.DatePrecision, DateApproximate = e.DateApproximate, Confidence = e.Confidence, ReviewState = e.ReviewState, EnteredAt = e.EnteredAt,
            FacilityId = e.FacilityId, FacilityName = f == null ? null : f.Name,
            OrganisationId = e.ReportingOrganisationId, OrganisationName = o == null ? null : o.Name,
            AnnouncementId = e.AnnouncementId, Conditions = e.Conditions, Notes = e.Notes,
            Sources = e.Sources.OrderBy(s => s.PublishedOn).ThenBy(s => s.Id)
                .Select(s => new SourceDto(s.DocumentName ?? s.Url!, s.Url, s.Publisher, s.PublishedOn, s.Language)).ToList(),
            UpdatedAt = e.UpdatedAt, EnteredBy = e.EnteredBy, ReviewedBy = e.ReviewedBy,
            EnteredById = e.EnteredById, CorrectsEventId = e.CorrectsEventId, ReviewReason = e.ReviewReason,
            CorroboratedBy = co == null ? null : new OrganisationRef(co.Id, co.Name),
        };

    public static EventFact ToFact(this EventRow row) =>
        new(row.Id, row.Kind, row.Date, row.Confidence, row.ReviewState, row.EnteredAt, row.FacilityId);
}
