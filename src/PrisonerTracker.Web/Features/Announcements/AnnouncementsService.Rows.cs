using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

// The one query every announcement read starts from (list, CSV, one record) and its keyset orders.
public sealed partial class AnnouncementsService
{
    private static readonly Dictionary<DateSort, SortSpec<AnnouncementRow>> Sorts = new()
    {
        [DateSort.Date] = ByDate(false),
        [DateSort.DateDesc] = ByDate(true),
        [DateSort.Updated] = ByUpdated(false),
        [DateSort.UpdatedDesc] = ByUpdated(true),
    };

    public static SortSpec<AnnouncementRow> SortFor(DateSort? sort) => Sorts[sort ?? DateSort.Date];

    private IQueryable<AnnouncementRow> Rows(AnnouncementListQuery q)
    {
        var announcements = db.KnownAnnouncements.AsNoTracking();
        if (q.OrganisationId is { } organisation) announcements = announcements.Where(a => a.OrganisationId == organisation);
        if (q.Role is { } role) announcements = announcements.Where(a => a.Role == role.Value);
        if (q.Claim is { } claim) announcements = announcements.Where(a => a.Claim == claim.Value);
        if (q.From is { } from) announcements = announcements.Where(a => a.Date >= from);
        if (q.To is { } to) announcements = announcements.Where(a => a.Date <= to);
        var rows = from a in announcements
                   join o in db.Organisations on a.OrganisationId equals o.Id
                   select new AnnouncementRow
                   {
                       Id = a.Id, Date = a.Date, Speaker = a.Speaker, SpeakerOffice = a.SpeakerOffice, OrganisationId = o.Id,
                       OrganisationName = o.Name, OrganisationKind = o.Kind, Role = a.Role, Partial = a.Partial, Claim = a.Claim,
                       Qualifier = a.Number.Qualifier,
                       Low = a.Number.Low, High = a.Number.High, Scope = a.Scope, WindowFrom = a.WindowFrom, WindowTo = a.WindowTo,
                       Quote = a.Quote, QuoteLanguage = a.QuoteLanguage, QuoteTranslation = a.QuoteTranslation,
                       Breakdown = a.Breakdown.Select(p => new TallyPartDto(p.Group, p.Count)).ToList(),
                       Sources = a.Sources.OrderBy(s => s.PublishedOn).ThenBy(s => s.Id)
                           .Select(s => new SourceDto(s.DocumentName ?? s.Url!, s.Url, s.Publisher, s.PublishedOn, s.Language)).ToList(),
                       UpdatedAt = a.UpdatedAt,
                       Version = a.Version,
                   };
        if (q.OrganisationKind is { } kind) rows = rows.Where(r => r.OrganisationKind == kind.Value);
        return rows;
    }

    private static SortSpec<AnnouncementRow> ByDate(bool descending) => new SortSpec<AnnouncementRow, DateOnly>(
        QueryNames.Of(descending ? DateSort.DateDesc : DateSort.Date), a => a.Date, a => a.Id, descending,
        k => k.ToString("O", CultureInfo.InvariantCulture), k => DateOnly.ParseExact(k, "O", CultureInfo.InvariantCulture));

    private static SortSpec<AnnouncementRow> ByUpdated(bool descending) => new SortSpec<AnnouncementRow, DateTimeOffset>(
        QueryNames.Of(descending ? DateSort.UpdatedDesc : DateSort.Updated), a => a.UpdatedAt, a => a.Id, descending,
        k => k.ToString("O", CultureInfo.InvariantCulture), k => DateTimeOffset.Parse(k, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}
