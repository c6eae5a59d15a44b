using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;

namespace PrisonerTracker.Domain.Tests;

/// <summary>How <see cref="StatusRules.StatusOn"/> orders counted events and picks the latest.</summary>
public sealed class StatusRulesTests
{
    [Fact]
    public void StatusIsNotHeldGivenNoEvents()
    {
        var status = StatusRules.StatusOn([], Today);

        Assert.Equal(DetaineeStatus.NotHeld, status.Status);
        Assert.Null(status.Since);
        Assert.Null(status.FacilityId);
        Assert.Null(status.Unverified);
    }

    [Fact]
    public void StatusIsNotHeldOnADateBeforeAnyEvent()
    {
        var facts = new Facts().Arrested(Jan(5)).Released(Jan(10));

        var status = facts.StatusOn(Jan(4));

        Assert.Equal(DetaineeStatus.NotHeld, status.Status);
        Assert.Null(status.Since);
        Assert.Null(status.Unverified);
    }

    [Fact]
    public void StatusIsHeldFromTheDayOfTheArrest()
    {
        var facts = new Facts().Arrested(Jan(5));

        Assert.Equal(DetaineeStatus.Held, facts.StatusOn(Jan(5)).Status);
        Assert.Equal(Jan(5), facts.StatusOn(Today).Since);
    }

    [Fact]
    public void StatusIsReleasedGivenApprovedVerifiedReleaseOnOrBeforeDate()
    {
        var facts = new Facts().Arrested(Jan(1)).Released(Jan(10));

        Assert.Equal(DetaineeStatus.Held, facts.StatusOn(Jan(9)).Status);
        var onRelease = facts.StatusOn(Jan(10));
        Assert.Equal(DetaineeStatus.ReleasedFull, onRelease.Status);
        Assert.Equal(Jan(10), onRelease.Since);
        Assert.Equal(DetaineeStatus.ReleasedFull, facts.StatusOn(Today).Status);
    }

    [Fact]
    public void StatusIsReleasedConditionalGivenConditionalRelease()
    {
        var facts = new Facts().Arrested(Jan(1)).ReleasedConditionally(Jan(10));

        Assert.Equal(DetaineeStatus.ReleasedConditional, facts.StatusOn(Today).Status);
    }

    [Fact]
    public void StatusIsHeldAgainAfterReArrestFollowingRelease()
    {
        var facts = new Facts().Arrested(Jan(1)).Released(Jan(5)).ReArrested(Jan(12));

        Assert.Equal(DetaineeStatus.ReleasedFull, facts.StatusOn(Jan(11)).Status);
        var status = facts.StatusOn(Jan(12));
        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Equal(Jan(12), status.Since);
    }

    [Fact]
    public void BackDatedEventIsPlacedByItsDateNotByWhenItWasEntered()
    {
        // The release (Jan 10) is entered first; the transfer dated Jan 7 is entered afterwards.
        var facts = new Facts().Arrested(Jan(1)).Released(Jan(10)).Transferred(Jan(7), Facts.FacilityA);

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.ReleasedFull, status.Status);
        Assert.Equal(Jan(10), status.Since);
        Assert.Equal(DetaineeStatus.Held, facts.StatusOn(Jan(8)).Status);
        Assert.Equal(Facts.FacilityA, facts.StatusOn(Jan(8)).FacilityId);
    }

    [Fact]
    public void TwoEventsOnOneDayTheOneEnteredLaterWins()
    {
        // Listed in the opposite order to their entry times: only EnteredAt decides.
        var releaseEnteredLater = new Facts().Arrested(Jan(1))
            .Add(EventKind.ReleasedFull, Jan(5), enteredAt: Now.AddHours(-1))
            .Add(EventKind.Transferred, Jan(5), enteredAt: Now.AddHours(-2));
        var transferEnteredLater = new Facts().Arrested(Jan(1))
            .Add(EventKind.Transferred, Jan(5), enteredAt: Now.AddHours(-1))
            .Add(EventKind.ReleasedFull, Jan(5), enteredAt: Now.AddHours(-2));

        Assert.Equal(DetaineeStatus.ReleasedFull, releaseEnteredLater.StatusOn(Jan(5)).Status);
        Assert.Equal(DetaineeStatus.Held, transferEnteredLater.StatusOn(Jan(5)).Status);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002", DetaineeStatus.Held)]
    [InlineData("00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000001", DetaineeStatus.ReleasedFull)]
    [InlineData("10000000-0000-0000-0000-000000000000", "f0000000-0000-0000-0000-000000000000", DetaineeStatus.Held)]
    public void TwoEventsOnOneDayEnteredAtTheSameInstantAreOrderedById(string releaseId, string transferId, DetaineeStatus expected)
    {
        var sameInstant = Now.AddDays(-1);
        var facts = new Facts().Arrested(Jan(1))
            .Add(EventKind.ReleasedFull, Jan(5), enteredAt: sameInstant, id: Guid.Parse(releaseId))
            .Add(EventKind.Transferred, Jan(5), enteredAt: sameInstant, id: Guid.Parse(transferId));

        Assert.Equal(expected, facts.StatusOn(Jan(5)).Status);
    }

    [Fact]
    public void DiedInCustodyGivesDeceasedWithNoFacility()
    {
        var facts = new Facts().Arrested(Jan(1), Facts.FacilityA).Died(Jan(9));

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.Deceased, status.Status);
        Assert.Equal(Jan(9), status.Since);
        Assert.Null(status.FacilityId);
    }

    [Fact]
    public void WhereaboutsUnknownIsStillDetained()
    {
        var status = new Facts().Arrested(Jan(1)).Disappeared(Jan(3)).StatusOn(Today);

        Assert.Equal(DetaineeStatus.WhereaboutsUnknown, status.Status);
        Assert.True(status.Status.IsDetained());
        Assert.False(status.Status.IsReleased());
    }
}
