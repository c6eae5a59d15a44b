using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Tests.Support;

namespace PrisonerTracker.Domain.Tests;

public sealed class ClaimedNumberTests
{
    [Fact]
    public void ExactNumberIsAccepted()
    {
        var number = ClaimedNumber.Create(NumberQualifier.Exact, 116);

        Assert.Equal(NumberQualifier.Exact, number.Qualifier);
        Assert.Equal(116, number.Low);
        Assert.Equal(116, number.High);
        Assert.Equal(116, number.Headline);
        Assert.Equal("116", number.ToString());
    }

    [Fact]
    public void AtLeastNumberIsAcceptedWithoutAnUpperBound()
    {
        var number = ClaimedNumber.Create(NumberQualifier.AtLeast, 400);

        Assert.Equal(400, number.Low);
        Assert.Null(number.High);
        Assert.Equal("at least 400", number.ToString());
    }

    [Fact]
    public void MoreThanKeepsItsWordingApartFromAtLeast()
    {
        var over = ClaimedNumber.Create(NumberQualifier.MoreThan, 400);

        Assert.Equal((400, (int?)null), (over.Low!.Value, over.High));
        Assert.Equal("more than 400", over.ToString());
        Assert.NotEqual(ClaimedNumber.Create(NumberQualifier.AtLeast, 400), over);
    }

    [Theory]
    [InlineData(NumberQualifier.About, "about 50")]
    [InlineData(NumberQualifier.UpTo, "up to 50")]
    public void HedgedNumbersReachNoHigherThanTheirFigure(NumberQualifier qualifier, string wording)
    {
        var number = ClaimedNumber.Create(qualifier, 50);

        Assert.Equal((50, 50), (number.Low!.Value, number.High!.Value));
        Assert.Equal(wording, number.ToString());
        Assert.False(number.IsPrecise);
    }

    [Fact]
    public void RangeIsAcceptedAndItsLowEndIsTheHeadline()
    {
        var number = ClaimedNumber.Create(NumberQualifier.Range, 60, 70);

        Assert.Equal(60, number.Low);
        Assert.Equal(70, number.High);
        Assert.Equal(60, number.Headline);
        Assert.Equal("60–70", number.ToString());
    }

    [Fact]
    public void RangeWithEqualEndsIsAccepted()
    {
        Assert.Equal(50, ClaimedNumber.Create(NumberQualifier.Range, 50, 50).High);
    }

    [Fact]
    public void RangeWithLowAboveHighIsRejected()
    {
        Rule.Broken("ClaimedLow", () => ClaimedNumber.Create(NumberQualifier.Range, 70, 60), "low end (70) is above its high end (60)");
    }

    [Fact]
    public void RangeWithoutHighEndIsRejected()
    {
        Rule.Broken("ClaimedHigh", () => ClaimedNumber.Create(NumberQualifier.Range, 60), "needs its high end");
    }

    [Theory]
    [InlineData(5, null)]
    [InlineData(null, 5)]
    public void NoneWithANumberIsRejected(int? low, int? high)
    {
        Rule.Broken("ClaimedLow", () => ClaimedNumber.Create(NumberQualifier.None, low, high), "without a number cannot carry one");
    }

    [Fact]
    public void NoneWithoutANumberIsTheSharedNone()
    {
        var number = ClaimedNumber.Create(NumberQualifier.None, null);

        Assert.Same(ClaimedNumber.None, number);
        Assert.Null(number.Headline);
        Assert.Equal("unspecified", number.ToString());
    }

    [Fact]
    public void NumberIsRequiredForAQualifierOtherThanNone()
    {
        Rule.Broken("ClaimedLow", () => ClaimedNumber.Create(NumberQualifier.About, null), "required");
    }

    [Theory]
    [InlineData(NumberQualifier.Exact, -1, null)]
    [InlineData(NumberQualifier.Range, 0, -3)]
    public void NegativeNumberIsRejected(NumberQualifier qualifier, int low, int? high)
    {
        Rule.Broken("ClaimedLow", () => ClaimedNumber.Create(qualifier, low, high), "cannot be negative");
    }

    [Fact]
    public void HighEndOnANonRangeIsRejected()
    {
        Rule.Broken("ClaimedHigh", () => ClaimedNumber.Create(NumberQualifier.UpTo, 10, 20), "Only a range");
    }

    [Fact]
    public void UnknownQualifierIsRejected()
    {
        Rule.Broken("NumberQualifier", () => ClaimedNumber.Create((NumberQualifier)42, 1), "Unknown number qualifier");
    }

    [Fact]
    public void NumbersWithTheSameWordingAreEqual()
    {
        Assert.Equal(ClaimedNumber.Create(NumberQualifier.Range, 1, 2), ClaimedNumber.Create(NumberQualifier.Range, 1, 2));
        Assert.NotEqual(ClaimedNumber.Create(NumberQualifier.Exact, 1), ClaimedNumber.Create(NumberQualifier.AtLeast, 1));
    }
}
