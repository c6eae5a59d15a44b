using PrisonerTracker.Domain.Privacy;

namespace PrisonerTracker.Domain.Tests;

/// <summary>The one small-cell rule: which counts anonymous readers may see, and the complementary cell.</summary>
public sealed class SmallCellsTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(120, false)]
    public void HidesOneToFourFromAnonymousReaders(int count, bool hidden) =>
        Assert.Equal(hidden, SmallCells.Hides(count, exact: false));

    [Fact]
    public void StaffSeeEveryCount() =>
        Assert.All(Enumerable.Range(0, 10), n => Assert.False(SmallCells.Hides(n, exact: true)));

    [Fact]
    public void ALoneHiddenCellTakesTheSmallestShownCellWithIt()
    {
        int[][] cells = [[30], [9], [9], [2]];

        Assert.Same(cells[2], SmallCells.ComplementFor(cells, c => c[0], exact: false));
    }

    [Fact]
    public void TwoHiddenCellsNeedNoComplement()
    {
        int[][] cells = [[30], [3], [2]];

        Assert.Null(SmallCells.ComplementFor(cells, c => c[0], exact: false));
    }

    [Fact]
    public void NoComplementForStaffOrWhenNothingElseIsShown()
    {
        int[][] mixed = [[30], [2]];
        int[][] lone = [[2]];

        Assert.Null(SmallCells.ComplementFor(mixed, c => c[0], exact: true));
        Assert.Null(SmallCells.ComplementFor(lone, c => c[0], exact: false));
    }
}
