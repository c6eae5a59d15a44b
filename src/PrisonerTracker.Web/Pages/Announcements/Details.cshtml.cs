using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Features.Stats;
using PrisonerTracker.Web.Pages.Shared;

namespace PrisonerTracker.Web.Pages.Announcements;

/// <summary>One announcement: the claim as worded and quoted, beside what was verified, and the people it named.</summary>
public sealed class DetailsModel(AnnouncementsService announcements, StatsService stats) : PageModel
{
    public AnnouncementDetail Detail { get; private set; } = null!;
    public Citation Citation { get; private set; } = null!;

    /// <summary>The claim beside what was verified on its date (the stats API's claim gap).</summary>
    public ClaimGapReport? Gap { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await announcements.GetAsync(id, HttpContext.Viewer(), Links.From(Request), ct);
        if (detail is null) return NotFound();
        Detail = detail;
        Gap = await stats.GetClaimGapAsync(id, Confidence.Verified, ct);
        var a = detail.Announcement;
        Citation = new Citation($"{a.Speaker}, {a.Date:yyyy-MM-dd}", id, a.Url, announcements.Today);
        return Page();
    }
}
