using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using static PrisonerTracker.Domain.Tests.Support.Clock;
using static PrisonerTracker.Domain.Tests.Support.People;

namespace PrisonerTracker.Domain.Tests;

/// <summary>A fact dated to a month or a year is anchored on the period's first day, for sorting and for the rules.</summary>
public sealed class DatePrecisionTests
{
    [Theory]
    [InlineData(DatePrecision.Day, "2024-02-17", "2024-02-17", "2024-02-17")]
    [InlineData(DatePrecision.Month, "2024-02-17", "2024-02-01", "2024-02")]
    [InlineData(DatePrecision.Year, "2024-02-17", "2024-01-01", "2024")]
    public void AnchorsOnThePeriodsFirstDayAndWritesThePeriodInIso(DatePrecision precision, string given, string anchor, string iso)
    {
        Assert.Equal(DateOnly.Parse(anchor), precision.Anchor(DateOnly.Parse(given)));
        Assert.Equal(iso, precision.Iso(DateOnly.Parse(given)));
    }

    [Fact]
    public void ArrestDatedToAMonthIsStoredOnItsFirstDayWithItsPrecision()
    {
        var person = new Detainees.Detainee(new Detainees.PersonalDetails("Month Person"));

        var arrest = person.RecordArrest(On(new DateOnly(2024, 2, 20)) with { Precision = DatePrecision.Month }, Now);

        Assert.Equal(new DateOnly(2024, 2, 1), arrest.EventDate);
        Assert.Equal(DatePrecision.Month, arrest.DatePrecision);
    }

    [Fact]
    public void ReleaseLaterInTheSameMonthAsAMonthDatedArrestIsAccepted()
    {
        var person = new Detainees.Detainee(new Detainees.PersonalDetails("Month Person"));
        person.RecordArrest(On(new DateOnly(2024, 2, 1)) with { Precision = DatePrecision.Month }, Now);

        var release = person.RecordRelease(On(new DateOnly(2024, 2, 9)), Now.AddMinutes(1));

        Assert.Equal(new DateOnly(2024, 2, 9), release.EventDate);
    }

    [Fact]
    public void RefusesAnUnknownPrecision()
    {
        var person = new Detainees.Detainee(new Detainees.PersonalDetails("Odd Person"));
        var error = Assert.Throws<DomainRuleException>(() => person.RecordArrest(On(Jan(2)) with { Precision = (DatePrecision)7 }, Now));
        Assert.Equal("DatePrecision", error.Field);
    }
}
