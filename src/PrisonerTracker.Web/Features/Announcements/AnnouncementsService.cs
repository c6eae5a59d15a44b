using PrisonerTracker.Domain.Status;
using PrisonerTracker.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>Announcements (claims by anyone, as worded), shared by the pages and the API.</summary>
public sealed partial class AnnouncementsService(TrackerDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Announcements, latest first, optionally of one role, one claim kind and one kind of organisation.</summary>
    public async Task<IReadOnlyList<AnnouncementItem>> ListAsync(AnnouncementRole? role, ClaimKind? claim, OrganisationKind? organisationKind,
        Links links, CancellationToken ct)
    {
        var announcements = db.KnownAnnouncements.AsNoTracking();
        if (role is { } r) announcements = announcements.Where(a => a.Role == r);
        if (claim is { } c) announcements = announcements.Where(a => a.Claim == c);
        if (organisationKind is { } k)
            announcements = announcements.Where(a => db.Organisations.Any(o => o.Id == a.OrganisationId && o.Kind == k));
        var found = await Items(announcements).ToListAsync(ct);
        return [.. found.OrderByDescending(a => a.Date).ThenBy(a => a.Speaker, StringComparer.Ordinal).ThenBy(a => a.Id)
            .Select(a => a with { Url = links.Page($"announcements/{a.Id}") })];
    }

    public async Task<AnnouncementDetail?> GetAsync(Guid id, Viewer viewer, Links links, CancellationToken ct)
    {
        var item = await Items(db.KnownAnnouncements.AsNoTracking().Where(a => a.Id == id)).SingleOrDefaultAsync(ct);
        if (item is null) return null;
        var text = await db.KnownAnnouncements.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Quote, a.QuoteLanguage, a.QuoteTranslation,
                Breakdown = a.Breakdown.Select(p => new TallyPartDto(p.Group, p.Count)).ToList(),
                Sources = a.Sources.OrderBy(s => s.PublishedOn).ThenBy(s => s.Id)
                    .Select(s => new SourceDto(s.DocumentName ?? s.Url!, s.Url, s.Publisher, s.PublishedOn, s.Language)).ToList(),
            })
            .SingleAsync(ct);

        var today = Today;
        var named = await (from d in db.KnownAnnouncements.Where(a => a.Id == id).SelectMany(a => a.NamedDetainees).VisibleTo(viewer)
                           join s in db.StatusOn(today, Confidence.Verified, Population.Everyone) on d.Id equals s.DetaineeId into statuses
                           from s in statuses.DefaultIfEmpty()
                           orderby d.Name, d.Id
                           select new { d.Id, d.Name, Status = (DetaineeStatus?)s.Status ?? DetaineeStatus.NotHeld, Since = (DateOnly?)s.Since, Unverified = s.UnverifiedKind })
            .AsNoTracking().ToListAsync(ct);

        var since = await Detainees.DateOfRecord.OfStatusSinceAsync(db, [.. named.Select(n => (n.Id, n.Since))], ct);
        return new AnnouncementDetail(item with { Url = links.Page($"announcements/{id}") }, text.Quote, text.QuoteLanguage, text.QuoteTranslation,
            text.Breakdown, text.Sources,
            [.. named.Select(n => new NamedPerson(n.Id, n.Name, n.Status, n.Since,
                n.Unverified, links.Page($"detainees/{n.Id}"), since.GetValueOrDefault(n.Id)))],
            today);
    }

    /// <summary>Projects announcements into items (a constructor projection: filter before it, order after it).</summary>
    private IQueryable<AnnouncementItem> Items(IQueryable<Domain.Announcements.Announcement> announcements) =>
        from a in announcements
        join o in db.Organisations on a.OrganisationId equals o.Id
        select new AnnouncementItem(a.Id, a.Date, a.Speaker, a.SpeakerOffice, o.Id, o.Name, o.Kind, a.Role, a.Partial, a.Claim,
            a.Number.Qualifier, a.Number.Low, a.Number.High, a.Scope, a.WindowFrom, a.WindowTo, "");
}
