using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>Creates, revises and deletes announcements; the domain checks dates, windows and numbers (422).</summary>
public sealed class AnnouncementWriteService(TrackerDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Announcement> CreateAsync(AnnouncementRequest request, CancellationToken ct)
    {
        await CheckOrganisationAsync(request.OrganisationId!.Value, ct);
        var announcement = new Announcement(request.Speaker!, request.OrganisationId.Value, request.Date!.Value, request.Claim!.Value,
            Number(request), request.Scope!, Today);
        await ApplyAsync(announcement, request, ct);
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync(ct);
        return announcement;
    }

    public Task<Announcement?> FindAsync(Guid id, CancellationToken ct) =>
        db.Announcements.Include(a => a.Sources).Include(a => a.NamedDetainees).SingleOrDefaultAsync(a => a.Id == id, ct);

    public async Task ReplaceAsync(Announcement announcement, AnnouncementRequest request, CancellationToken ct)
    {
        await CheckOrganisationAsync(request.OrganisationId!.Value, ct);
        // The old window could stand in the way of a new, earlier date: it is set again below.
        announcement.SetWindow(null, null);
        await ApplyAsync(announcement, request, ct);
        db.Entry(announcement).Property(a => a.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(Announcement announcement, CancellationToken ct)
    {
        announcement.MarkDeleted(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(Announcement announcement, AnnouncementRequest request, CancellationToken ct)
    {
        announcement.Revise(request.Speaker!, request.SpeakerOffice, request.OrganisationId!.Value, request.Date!.Value,
            request.Claim!.Value, Number(request), request.Scope!, Today);
        announcement.SetWindow(request.WindowFrom, request.WindowTo);
        announcement.SetQuote(request.Quote, request.QuoteLanguage, request.QuoteTranslation);
        foreach (var source in await SourceInput.ResolveAsync(db, request.Sources, ct))
            if (!announcement.Sources.Any(s => s == source || (s.Url ?? s.DocumentName) == (source.Url ?? source.DocumentName)))
                announcement.CiteSource(source);

        var wanted = (request.NamedDetaineeIds ?? []).Distinct().ToList();
        var people = await db.Detainees.Where(d => wanted.Contains(d.Id)).ToListAsync(ct);
        if (people.Count != wanted.Count)
            throw new DomainRuleException("NamedDetaineeIds", "Some of the named people do not exist.");
        foreach (var gone in announcement.NamedDetainees.Where(d => !wanted.Contains(d.Id)).ToList()) announcement.Unname(gone);
        foreach (var person in people) announcement.Name(person);
    }

    private static ClaimedNumber Number(AnnouncementRequest r) => ClaimedNumber.Create(r.NumberQualifier!.Value, r.ClaimedLow, r.ClaimedHigh);

    private async Task CheckOrganisationAsync(Guid organisationId, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
            throw new DomainRuleException("OrganisationId", "There is no organisation with this id.");
    }
}
