using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var profile = await detainees.GetProfileAsync(id, new DetaineeProfileQuery(), HttpContext.Viewer(), Links.From(Request), ct);
        if (profile is null) return NotFound();
        Profile = profile;
        Citation = new Citation(profile.Name, profile.Id, profile.Url, detainees.Today, KnownAtPageFilter.ComputedAt(HttpContext));
        return Page();
    }
}
