using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Features.Dashboard;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Pages.Embed;

/// <summary>
/// The claimed-vs-verified chart alone, for a newsroom's iframe. A value that cannot be used
/// is named on the page and replaced by its default, so an embedded chart never shows an error page.
/// </summary>
public sealed class TimeseriesModel(DashboardService dashboard) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "interval")]
    public string? IntervalText { get; set; }

    /// <summary>Query parameters that were ignored ("from", "to", "interval").</summary>
    public IReadOnlyList<string> Ignored { get; private set; } = [];

    public ClaimsSeries Series { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ignored = new List<string>();
        var check = new StatsQuery();
        Interval? interval = string.IsNullOrWhiteSpace(IntervalText) ? null : check.Interval(IntervalText);
        if (!check.IsValid) (interval, ignored) = (null, ["interval"]);
        var to = DateInput.Read(ToText, dashboard.Today, out var toError) ?? dashboard.Today;
        if (toError is not null) ignored.Add("to");
        var from = DateInput.Read(FromText, to, out var fromError);
        if (from is { } first && StatsQuery.PeriodCount(first, to, interval ?? Interval.Day) > StatsQuery.MaxPeriods) (from, fromError) = (null, DateInputError.Invalid);
        if (fromError is not null) ignored.Add("from");
        Ignored = ignored;
        Series = await dashboard.GetClaimsSeriesAsync(from ?? await dashboard.DefaultStartAsync(to, ct), to, interval, ct);
    }
}
