using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Accounts;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Stats;
using PrisonerTracker.Web.Pages.Shared;

namespace PrisonerTracker.Web.Pages.Detainees;

/// <summary>
/// One person's public record. Unknown, deleted and withheld people get the same 404 page:
/// the answer must not reveal that a withheld record exists.
/// </summary>
public sealed class DetailsModel(DetaineesService detainees) : PageModel
{
    public DetaineeProfile Profile { get; private set; } = null!;
    public Citation Citation { get; private set; } = null!;

    /// <summary>A reviewer or admin signed in to the workspace gets a link to the record's audit history.</summary>
    public bool ShowHistory { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var profile = await detainees.GetProfileAsync(id, new DetaineeProfileQuery(), HttpContext.Viewer(), Links.From(Request), ct);
        if (profile is null) return NotFound();
        Profile = profile;
        ShowHistory = await StaffSession.MayReadAuditAsync(HttpContext);
        Citation = new Citation(profile.Name, profile.Id, profile.Url, detainees.Today, KnownAtPageFilter.ComputedAt(HttpContext));
        return Page();
    }
}
