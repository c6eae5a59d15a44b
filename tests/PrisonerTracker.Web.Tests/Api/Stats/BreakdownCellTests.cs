using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Tests.Api.Stats;

/// <summary>The small-cell rule of breakdowns: what an anonymous reader sees of each cell.</summary>
public sealed class BreakdownCellTests
{
    private static IReadOnlyList<BreakdownCell> Build(bool exact, params (string Key, int Count)[] groups) =>
        BreakdownCell.Build(groups.Select(g => (g.Key, (string?)null, g.Count)), exact);

    [Fact]
    public void StaffSeeEveryCountLargestFirstAndEmptyCellsDropped()
    {
        var cells = Build(exact: true, ("b", 3), ("a", 12), ("c", 0), ("d", 3));

        Assert.Equal(["a", "b", "d"], cells.Select(c => c.Key));
        Assert.Equal([12, 3, 3], cells.Select(c => c.Count!.Value));
        Assert.Equal(["12", "3", "3"], cells.Select(c => c.Display));
    }

    [Fact]
    public void AnonymousReadersSeeSmallCellsAsFewerThanFive()
    {
        var cells = Build(exact: false, ("a", 12), ("b", 3), ("c", 4), ("d", 5));

        Assert.Equal([("a", "12"), ("d", "5"), ("c", BreakdownCell.Small), ("b", BreakdownCell.Small)], cells.Select(c => (c.Key, c.Display)));
        Assert.All(cells.Where(c => c.Display == BreakdownCell.Small), c => Assert.Null(c.Count));
    }

    [Fact]
    public void ALoneSmallCellHidesTheNextSmallestSoItCannotBeWorkedOutFromTheTotal()
    {
        var cells = Build(exact: false, ("a", 20), ("b", 7), ("c", 2));

        Assert.Equal([("a", "20"), ("b", BreakdownCell.Complementary), ("c", BreakdownCell.Small)], cells.Select(c => (c.Key, c.Display)));
        Assert.Null(cells[1].Count);
    }

    [Fact]
    public void ASingleSmallCellAloneIsStillHidden()
    {
        var cells = Build(exact: false, ("a", 2));

        Assert.Equal([("a", BreakdownCell.Small)], cells.Select(c => (c.Key, c.Display)));
    }
}
