using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;

namespace PrisonerTracker.Domain.Tests;

/// <summary>Which events count (review state, confidence threshold) and what shows as "reported, unverified".</summary>
public sealed class StatusVerificationTests
{
    [Theory]
    [InlineData(Confidence.Claimed)]
    [InlineData(Confidence.Reported)]
    public void ReleaseBelowThresholdDoesNotCountButShowsAsUnverified(Confidence confidence)
    {
        var facts = new Facts().Arrested(Jan(1)).Released(Jan(10), confidence);

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Equal(Jan(1), status.Since);
        Assert.Same(facts.Last, status.Unverified);
        Assert.Equal(DetaineeStatus.ReleasedFull, status.UnverifiedStatus);
    }

    [Fact]
    public void ConfirmedReleaseCountsAtTheDefaultThreshold()
    {
        var status = new Facts().Arrested(Jan(1)).Released(Jan(10), Confidence.Confirmed).StatusOn(Today);

        Assert.Equal(DetaineeStatus.ReleasedFull, status.Status);
        Assert.Null(status.Unverified);
    }

    [Fact]
    public void PendingReleaseDoesNotCountButShowsAsUnverified()
    {
        var facts = new Facts().Arrested(Jan(1)).Released(Jan(10), review: ReviewState.Pending);

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Equal(facts.Last.Id, status.Unverified?.Id);
        Assert.Equal(DetaineeStatus.ReleasedFull, status.UnverifiedStatus);
    }

    [Fact]
    public void PendingArrestLeavesPersonNotHeldWithTheArrestUnverified()
    {
        var status = new Facts().Arrested(Jan(1), review: ReviewState.Pending).StatusOn(Today);

        Assert.Equal(DetaineeStatus.NotHeld, status.Status);
        Assert.Equal(DetaineeStatus.Held, status.UnverifiedStatus);
    }

    [Fact]
    public void RejectedEventIsIgnoredEntirely()
    {
        var facts = new Facts().Arrested(Jan(1)).Released(Jan(10), review: ReviewState.Rejected);

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Null(status.Unverified);
        Assert.Null(status.UnverifiedStatus);
    }

    [Fact]
    public void UnverifiedShowsTheLatestUncountedFactAfterTheLastCountedOne()
    {
        var facts = new Facts().Arrested(Jan(1))
            .Transferred(Jan(4), review: ReviewState.Pending)
            .Released(Jan(8), Confidence.Reported)
            .Released(Jan(12), review: ReviewState.Rejected);

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Equal(Jan(8), status.Unverified?.Date);
        Assert.Equal(EventKind.ReleasedFull, status.Unverified?.Kind);
    }

    [Fact]
    public void UncountedFactSupersededByALaterCountedFactIsNotShown()
    {
        var facts = new Facts().Arrested(Jan(1)).Released(Jan(5), Confidence.Reported).Released(Jan(9));

        var status = facts.StatusOn(Today);

        Assert.Equal(DetaineeStatus.ReleasedFull, status.Status);
        Assert.Equal(Jan(9), status.Since);
        Assert.Null(status.Unverified);
    }

    [Fact]
    public void UncountedFactDatedAfterTheAsOfDateIsNotShown()
    {
        var status = new Facts().Arrested(Jan(1)).Released(Jan(10), Confidence.Reported).StatusOn(Jan(9));

        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Null(status.Unverified);
    }

    [Fact]
    public void ReportedThresholdCountsAReportedEvent()
    {
        var facts = new Facts().Arrested(Jan(1)).Released(Jan(10), Confidence.Reported);

        var status = facts.StatusOn(Today, Confidence.Reported);

        Assert.Equal(DetaineeStatus.ReleasedFull, status.Status);
        Assert.Null(status.Unverified);
        Assert.Equal(DetaineeStatus.Held, facts.StatusOn(Today, Confidence.Verified).Status);
    }

    [Fact]
    public void ConfirmedThresholdDoesNotCountAVerifiedEvent()
    {
        var facts = new Facts().Arrested(Jan(1), confidence: Confidence.Confirmed).Released(Jan(10));

        var status = facts.StatusOn(Today, Confidence.Confirmed);

        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Equal(DetaineeStatus.ReleasedFull, status.UnverifiedStatus);
    }

    [Fact]
    public void ThresholdDoesNotMakeAPendingEventCount()
    {
        var status = new Facts().Arrested(Jan(1)).Released(Jan(10), Confidence.Confirmed, ReviewState.Pending)
            .StatusOn(Today, Confidence.Claimed);

        Assert.Equal(DetaineeStatus.Held, status.Status);
    }
}
