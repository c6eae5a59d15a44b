using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;

namespace PrisonerTracker.Domain.Tests;

/// <summary>Where a person is held: the facility of the latest counted event that names one.</summary>
public sealed class StatusFacilityTests
{
    [Fact]
    public void FacilityIsThatOfTheArrest()
    {
        var status = new Facts().Arrested(Jan(1), Facts.FacilityA).StatusOn(Today);

        Assert.Equal(Facts.FacilityA, status.FacilityId);
    }

    [Fact]
    public void FacilityFollowsACountedTransfer()
    {
        var facts = new Facts().Arrested(Jan(1), Facts.FacilityA).Transferred(Jan(6), Facts.FacilityB);

        Assert.Equal(Facts.FacilityA, facts.StatusOn(Jan(5)).FacilityId);
        Assert.Equal(Facts.FacilityB, facts.StatusOn(Jan(6)).FacilityId);
    }

    [Fact]
    public void FacilityIsKeptWhenTheLatestEventNamesNone()
    {
        var facts = new Facts().Arrested(Jan(1), Facts.FacilityA).Add(EventKind.Sentenced, Jan(8));

        var status = facts.StatusOn(Today);

        Assert.Equal(Jan(8), status.Since);
        Assert.Equal(Facts.FacilityA, status.FacilityId);
    }

    [Fact]
    public void FacilityOfAnUncountedTransferIsNotUsed()
    {
        var facts = new Facts().Arrested(Jan(1), Facts.FacilityA)
            .Transferred(Jan(6), Facts.FacilityB, Confidence.Reported)
            .Transferred(Jan(7), Facts.FacilityB, review: ReviewState.Pending);

        Assert.Equal(Facts.FacilityA, facts.StatusOn(Today).FacilityId);
    }

    [Fact]
    public void FacilityIsNullOnceReleased()
    {
        var facts = new Facts().Arrested(Jan(1), Facts.FacilityA).ReleasedConditionally(Jan(9));

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.ReleasedConditional, status.Status);
        Assert.Null(status.FacilityId);
    }

    [Fact]
    public void FacilityIsKeptWhileWhereaboutsAreUnknown()
    {
        var status = new Facts().Arrested(Jan(1), Facts.FacilityA).Disappeared(Jan(4)).StatusOn(Today);

        Assert.Equal(DetaineeStatus.WhereaboutsUnknown, status.Status);
        Assert.Equal(Facts.FacilityA, status.FacilityId);
    }

    [Fact]
    public void FacilityAfterReArrestIsTheNewOne()
    {
        var facts = new Facts().Arrested(Jan(1), Facts.FacilityA).Released(Jan(5)).ReArrested(Jan(10), Facts.FacilityB);

        Assert.Equal(Facts.FacilityB, facts.StatusOn(Today).FacilityId);
    }

    [Fact]
    public void FacilityIsUnknownAfterReArrestThatNamesNone()
    {
        var facts = new Facts().Arrested(Jan(1), Facts.FacilityA).Released(Jan(5)).ReArrested(Jan(10));

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Null(status.FacilityId);
    }
}
