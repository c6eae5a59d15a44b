using PrisonerTracker.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Detainees;

public sealed partial class DetaineesService
{
    /// <summary>
    /// One person's profile, or null when there is no such person for this viewer: unknown,
    /// deleted (query filter) and, for anonymous viewers, withheld all look the same.
    /// </summary>
    public async Task<DetaineeProfile?> GetProfileAsync(Guid id, DetaineeProfileQuery query, Viewer viewer, Links links, CancellationToken ct)
    {
        var person = await db.KnownDetainees.AsNoTracking()
            .VisibleTo(viewer).Where(d => d.Id == id)
            .Select(d => new
            {
                d.Id, d.Name, d.NameVariants, d.Gender, d.MinorAtArrest, d.Nationalities, d.Service, d.Occupation, d.Region,
                d.ArrestingAgency, d.Charges, d.Sentence, d.ReleaseConditions, d.Withheld, d.UpdatedAt, d.Version,
                d.RecordingOrganisationId, d.PendingPublication,
                RecordingOrganisationName = db.Organisations.Where(o => o.Id == d.RecordingOrganisationId).Select(o => o.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (person is null) return null;

        // Status from every event (pending ones give "reported, unverified"); the timeline shows the public only approved ones.
        var events = await EventProjection.Rows(db, db.KnownEvents.Where(e => e.DetaineeId == id)).AsNoTracking().ToListAsync(ct);
        var asOf = query.AsOf ?? Today;
        var status = StatusRules.StatusOn(events.Select(e => e.ToFact()), asOf, query.Threshold);
        var byId = events.ToDictionary(e => e.Id);
        // Staff see another organisation's unreviewed or rejected facts only as the review queue does (ReviewScope).
        var shared = viewer.IsStaff
            ? (await db.KnownEvents.Where(e => e.DetaineeId == id).SharedWith(viewer).Select(e => e.Id).ToListAsync(ct)).ToHashSet()
            : null;
        var timeline = StatusRules.Chronological(events.Select(e => e.ToFact())).Select(f => byId[f.Id])
            .Where(e => shared?.Contains(e.Id) ?? e.ReviewState == ReviewState.Approved)
            .Select(e => e.ToDto(links, viewer.IsStaff)).ToList();
        var facilityName = events.FirstOrDefault(e => e.FacilityId == status.FacilityId)?.FacilityName;
        var since = DateOfRecord.OfStatusSince(events, status.Since);
        var unverified = status.Unverified is { } u ? new UnverifiedFact(u.Kind, u.Date) : null;

        var namedIn = await (from a in db.KnownAnnouncements.AsNoTracking()
                             where a.NamedDetainees.Any(n => n.Id == id)
                             join o in db.Organisations on a.OrganisationId equals o.Id
                             orderby a.Date, a.Id
                             select new { a.Id, a.Date, a.Speaker, Organisation = o.Name, a.Claim, a.Number })
            .ToListAsync(ct);
        var updatedAt = events.Select(e => e.UpdatedAt).Append(person.UpdatedAt).Max();
        // Absent, not empty, for staff of other organisations: an empty object would claim there is nothing to know.
        var restricted = viewer.MaySeeRestricted(person.RecordingOrganisationId)
            ? (await RestrictedAsync([id], ct)).GetValueOrDefault(id) ?? RestrictedDto.Empty
            : null;

        return new DetaineeProfile(
            person.Id, person.Name, person.NameVariants, person.Gender, person.MinorAtArrest, person.Nationalities, person.Service,
            person.Occupation, person.Region, person.ArrestingAgency, person.Charges, person.Sentence, person.ReleaseConditions,
            asOf, query.Threshold, status.Status, status.Since,
            status.Since is null ? null : since?.Precision ?? DatePrecision.Day, since?.Approximate ?? false,
            status.FacilityId is { } f ? new FacilityRef(f, facilityName ?? "") : null, unverified, timeline,
            [.. namedIn.Select(a => new NamingAnnouncement(a.Id, a.Date, a.Speaker, a.Organisation, a.Claim, a.Number.ToString(), links.Api($"announcements/{a.Id}")))],
            updatedAt, links.Page($"detainees/{id}"), links.Api($"detainees/{id}"),
            viewer.IsStaff ? person.Withheld : null,
            restricted,
            viewer.IsStaff && person.RecordingOrganisationId is { } recorder ? new OrganisationRef(recorder, person.RecordingOrganisationName ?? "") : null,
            viewer.IsStaff ? PendingPublicationDto.From(person.PendingPublication) : null,
            person.Version);
    }
}
