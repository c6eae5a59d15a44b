using PrisonerTracker.Domain.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>The detained and the verified releases on <c>asOf</c>, each broken down.</summary>
public sealed record SummaryBreakdowns(PopulationBreakdown Detained, PopulationBreakdown ReleasedVerified);

/// <summary>
/// One population by several dimensions. Every person is in exactly one cell of each
/// dimension except <c>nationality</c>, where a dual national is in two.
/// </summary>
/// <param name="Total">People in the population (the same figure as the headline number).</param>
/// <param name="Gender">Female, Male, Other, Unknown.</param>
/// <param name="Minor">"true" (minor at arrest) or "false".</param>
/// <param name="Service">Civilian or Military.</param>
/// <param name="Nationality">ISO 3166-1 alpha-2 code; "unknown" when none is recorded.</param>
/// <param name="Facility">Facility id (label: its name) of the latest counted event that names one; "unknown" when none. Empty for releases.</param>
/// <param name="Region">The person's recorded state or region; "unknown" when none.</param>
public sealed record PopulationBreakdown(
    int Total,
    IReadOnlyList<BreakdownCell> Gender,
    IReadOnlyList<BreakdownCell> Minor,
    IReadOnlyList<BreakdownCell> Service,
    IReadOnlyList<BreakdownCell> Nationality,
    IReadOnlyList<BreakdownCell> Facility,
    IReadOnlyList<BreakdownCell> Region);

/// <summary>
/// One cell of a breakdown. <c>count</c> is an integer, or null when hidden from anonymous
/// callers; <c>display</c> is always a string: the count, "&lt;5" (1 to 4 people), or
/// "suppressed" (5 or more, hidden so that a "&lt;5" cell cannot be worked out by
/// subtracting the other cells from the total). Staff see every count.
/// </summary>
/// <param name="Key">Stable machine key: enum name, "true"/"false", country code, facility id, region, or "unknown".</param>
/// <param name="Label">Human-readable label (facility name); null when the key is already readable.</param>
/// <param name="Count">Number of people; null when hidden.</param>
/// <param name="Display">The count as text, "&lt;5" or "suppressed".</param>
public sealed record BreakdownCell(string Key, string? Label, int? Count, string Display)
{
    public const string Small = SmallCells.HiddenText;
    public const string Complementary = "suppressed";

    /// <summary>
    /// Cells largest first, with the small-cell rule (<see cref="SmallCells"/>) for anonymous callers:
    /// cells of 1–4 hidden, and if exactly one is, the next smallest too.
    /// </summary>
    public static IReadOnlyList<BreakdownCell> Build(IEnumerable<(string Key, string? Label, int Count)> groups, bool exact)
    {
        var ordered = groups.Where(g => g.Count > 0).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Group(g.Key, g.Label, g.Count)).ToList();
        var complement = SmallCells.ComplementFor(ordered, g => g.Count, exact);
        return [.. ordered.Select(g =>
            SmallCells.Hides(g.Count, exact) ? new BreakdownCell(g.Key, g.Label, null, Small)
            : ReferenceEquals(g, complement) ? new BreakdownCell(g.Key, g.Label, null, Complementary)
            : new BreakdownCell(g.Key, g.Label, g.Count, g.Count.ToString()))];
    }

    private sealed record Group(string Key, string? Label, int Count);
}
