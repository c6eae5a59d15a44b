using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Dashboard;

/// <summary>
/// One breakdown drawn as a bar chart over its table; labels already in the reader's language.
/// <c>Id</c> is stable, for the heading's anchor and for tests: "facility", "gender", "service", "nationality".
/// </summary>
public sealed record BreakdownChart(string Id, string Heading, IReadOnlyList<BreakdownBar> Bars)
{
    public static BreakdownChart Of(string id, string heading, IEnumerable<BreakdownCell> cells, Func<BreakdownCell, string> label) =>
        new(id, heading, [.. cells.Select(c => new BreakdownBar(c.Key, label(c), c.Count, c.Display))]);
}

/// <summary>A bar: <c>Count</c> is null when the cell is hidden from the public ("&lt;5" or suppressed).</summary>
public sealed record BreakdownBar(string Key, string Label, int? Count, string Display)
{
    public bool IsSmall => Display == BreakdownCell.Small;
}
