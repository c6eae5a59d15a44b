using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Features.Stats;
using PrisonerTracker.Web.Pages.Shared;

namespace PrisonerTracker.Web.Pages.Announcements;

/// <summary>
/// One announcement as worded and quoted, and the people it named. An official claim stands beside the
/// independent tallies and the register (its gap); an independent tally beside the claims around it.
/// </summary>
public sealed class DetailsModel(AnnouncementsService announcements, StatsService stats) : PageModel
{
    public AnnouncementRecordDetail Detail { get; private set; } = null!;
    public Citation Citation { get; private set; } = null!;

    /// <summary>An official claim's gap (the stats API's); null for a tally.</summary>
    public ClaimGapReport? Gap { get; private set; }

    /// <summary>A tally beside the claims around it; null for an official claim.</summary>
    public TallyComparison? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await announcements.GetAsync(id, HttpContext.Viewer(), Links.From(Request), ct);
        if (detail is null) return NotFound();
        Detail = detail;
        var links = Links.From(Request);
        if (detail.Announcement.Role == AnnouncementRole.Claim)
            Gap = (await stats.GetClaimGapAsync(id, Confidence.Verified, links, ct)).Report;
        else
            Comparison = await stats.GetTallyComparisonAsync(id, Confidence.Verified, links, ct);
        var a = detail.Announcement;
        Citation = new Citation($"{a.Speaker}, {a.Date:yyyy-MM-dd}", id, a.Url, announcements.Today, KnownAtPageFilter.ComputedAt(HttpContext));
        return Page();
    }
}
