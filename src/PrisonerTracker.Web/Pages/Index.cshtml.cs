using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Dashboard;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Pages;

/// <summary>The journalists' dashboard: every number for one date (<c>?asOf=</c>), counted from a start (<c>?since=</c>).</summary>
public sealed class IndexModel(DashboardService dashboard) : PageModel
{
    /// <summary>As typed: a bad value is shown back next to its error message.</summary>
    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AsOfText { get; set; }

    [BindProperty(SupportsGet = true, Name = "since")]
    public string? SinceText { get; set; }

    /// <summary><c>all</c> shows claimed and reported facts in the feed too; anything else, counted facts only.</summary>
    [BindProperty(SupportsGet = true, Name = "feed")]
    public string? FeedText { get; set; }

    /// <summary>The instant these figures were known at: the link's, or the time of this request.</summary>
    public DateTimeOffset ComputedAt { get; private set; }

    /// <summary>The link's instant could not be used (unreadable or in the future): the current figures are shown.</summary>
    public bool KnownAtRefused { get; private set; }

    public bool WholeFeed => string.Equals(FeedText, "all", StringComparison.OrdinalIgnoreCase);

    public DateInputError? AsOfError { get; private set; }
    public DateInputError? SinceError { get; private set; }

    public DashboardView View { get; private set; } = null!;

    public DateOnly Today => dashboard.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var asOf = DateInput.Read(AsOfText, dashboard.Today, out var asOfError) ?? dashboard.Today;
        var since = DateInput.Read(SinceText, asOf, out var sinceError);
        (AsOfError, SinceError) = (asOfError, sinceError);
        // The page filter has already switched the reads (KnownAtPageFilter); this page says so.
        KnownAtRefused = KnownAtPageFilter.Refused(HttpContext);
        ComputedAt = KnownAtPageFilter.ComputedAt(HttpContext);
        View = await dashboard.GetAsync(asOf, since, WholeFeed, HttpContext.Viewer(), Links.From(Request), ct);
    }
}
