using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>
/// Creates, revises and deletes announcements; the domain checks dates, windows, numbers, roles and
/// breakdowns (422). Without a <c>role</c>, an announcement takes its organisation kind's default.
/// </summary>
public sealed class AnnouncementWriteService(TrackerDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Announcement> CreateAsync(AnnouncementRequest request, CancellationToken ct)
    {
        var role = await RoleAsync(request, ct);
        var announcement = new Announcement(request.Speaker!, request.OrganisationId!.Value, role, request.Date!.Value, request.Claim!.Value,
            Number(request), request.Scope!, Today);
        await ApplyAsync(announcement, request, role, ct);
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync(ct);
        return announcement;
    }

    public Task<Announcement?> FindAsync(Guid id, CancellationToken ct) =>
        db.Announcements.Include(a => a.Sources).Include(a => a.NamedDetainees).SingleOrDefaultAsync(a => a.Id == id, ct);

    public async Task ReplaceAsync(Announcement announcement, AnnouncementRequest request, CancellationToken ct)
    {
        var role = await RoleAsync(request, ct);
        // The old window and breakdown could stand in the way of a new date or role: both are set again below.
        announcement.SetWindow(null, null);
        announcement.BreakDown([]);
        await ApplyAsync(announcement, request, role, ct);
        db.Entry(announcement).Property(a => a.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(Announcement announcement, CancellationToken ct)
    {
        announcement.MarkDeleted(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(Announcement announcement, AnnouncementRequest request, AnnouncementRole role, CancellationToken ct)
    {
        announcement.Revise(request.Speaker!, request.SpeakerOffice, request.OrganisationId!.Value, role, request.Date!.Value,
            request.Claim!.Value, Number(request), request.Scope!, Today);
        announcement.MarkPartial(request.Partial ?? false);
        announcement.BreakDown([.. (request.Breakdown ?? []).Select(p => p!.ToPart())]);
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

    /// <summary>The role asked for, else the default of the organisation's kind (which must exist).</summary>
    private async Task<AnnouncementRole> RoleAsync(AnnouncementRequest request, CancellationToken ct)
    {
        var id = request.OrganisationId!.Value;
        var kind = await db.Organisations.Where(o => o.Id == id).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync(ct)
            ?? throw new DomainRuleException("OrganisationId", "There is no organisation with this id.");
        return request.Role ?? kind.DefaultRole();
    }
}
