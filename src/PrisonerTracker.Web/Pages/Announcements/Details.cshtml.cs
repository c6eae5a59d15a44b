using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Pages.Shared;

namespace PrisonerTracker.Web.Pages.Announcements;

/// <summary>One announcement: the claim as worded and quoted, beside what was verified, and the people it named.</summary>
public sealed class DetailsModel(AnnouncementsService announcements) : PageModel
{
    public AnnouncementDetail Detail { get; private set; } = null!;
    public Citation Citation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await announcements.GetAsync(id, HttpContext.Viewer(), Links.From(Request), ct);
        if (detail is null) return NotFound();
        Detail = detail;
        var a = detail.Announcement;
        Citation = new Citation($"{a.Speaker}, {a.Date:yyyy-MM-dd}", id, a.Url, announcements.Today);
        return Page();
    }
}
