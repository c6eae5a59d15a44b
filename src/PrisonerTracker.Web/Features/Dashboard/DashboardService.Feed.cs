using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Dashboard;

public sealed partial class DashboardService
{
    /// <summary>
    /// The latest approved events dated on or before <paramref name="asOf"/>, newest first.
    /// Withheld people are dropped in the query for the public (<paramref name="staff"/> false),
    /// so they cannot surface through a name, a count of rows or a link.
    /// </summary>
    private async Task<IReadOnlyList<FeedItem>> FeedAsync(DateOnly asOf, bool staff, CancellationToken ct) =>
        await (from e in db.Events.AsNoTracking()
               join d in db.Detainees on e.DetaineeId equals d.Id
               join o in db.Organisations on e.ReportingOrganisationId equals (Guid?)o.Id into organisations
               from o in organisations.DefaultIfEmpty()
               where e.ReviewState == ReviewState.Approved && e.EventDate <= asOf && (staff || !d.Withheld)
               orderby e.EventDate descending, e.EnteredAt descending, e.Id
               select new FeedItem(e.Id, e.EventDate, e.DateApproximate, d.Id, d.Name, e.Kind, e.Confidence,
                   o == null ? null : o.Name,
                   e.Sources.OrderBy(s => s.PublishedOn).ThenBy(s => s.Id).Select(s => s.DocumentName ?? s.Url).FirstOrDefault(),
                   e.Sources.OrderBy(s => s.PublishedOn).ThenBy(s => s.Id).Select(s => s.Url).FirstOrDefault()))
            .Take(FeedSize)
            .ToListAsync(ct);
}
