using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Pages;

public sealed class IndexModel(StatsService stats, ClaimsQuery claims) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public Summary Summary { get; private set; } = null!;

    public IReadOnlyList<ClaimPoint> Claims { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Summary = await stats.GetSummaryAsync(AsOf, ct: ct);
        Claims = await claims.ReleaseClaimsAsync(Summary.AsOf, ct);
    }
}
