using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Facilities;

namespace PrisonerTracker.Web.Pages.Facilities;

/// <summary>Every detention site, on a map drawn from coordinates and in a table.</summary>
public sealed class IndexModel(FacilitiesService facilities) : PageModel
{
    public IReadOnlyList<FacilityRecord> Items { get; private set; } = [];
    public MapLayout Map { get; private set; } = MapLayout.Fit([]);
    public DateOnly AsOf { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The API's read path: every facility of an empty filter, each with the number held there today.
        Items = await facilities.ExportAsync(new FacilityListQuery(), HttpContext.Viewer(), Links.From(Request), ct).ToListAsync(ct);
        AsOf = facilities.Today;
        Map = MapLayout.Fit(Items
            .Where(f => f.Latitude is not null && f.Longitude is not null)
            .Select(f => new MapPoint(f.Id, f.Name, f.Latitude!.Value, f.Longitude!.Value, $"/facilities/{f.Id}")));
    }
}
