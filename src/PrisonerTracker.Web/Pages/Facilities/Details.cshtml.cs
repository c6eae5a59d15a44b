using PrisonerTracker.Web.Features.Stats;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Facilities;
using PrisonerTracker.Web.Pages.Shared;

namespace PrisonerTracker.Web.Pages.Facilities;

/// <summary>One facility: who is held there on a date (withheld people only in the count), releases and transfers from it.</summary>
public sealed class DetailsModel(FacilitiesService facilities) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AsOfText { get; set; }

    public bool AsOfInvalid { get; private set; }
    public FacilityRecordDetail Detail { get; private set; } = null!;
    public Citation Citation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(AsOfText))
        {
            if (DateOnly.TryParseExact(AsOfText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) asOf = date;
            else AsOfInvalid = true;
        }
        var detail = await facilities.GetAsync(id, new FacilityDetailQuery(asOf), HttpContext.Viewer(), Links.From(Request), ct);
        if (detail is null) return NotFound();
        Detail = detail;
        Citation = new Citation(detail.Facility.Name, id, detail.Facility.Url, facilities.Today, KnownAtPageFilter.ComputedAt(HttpContext));
        return Page();
    }
}
