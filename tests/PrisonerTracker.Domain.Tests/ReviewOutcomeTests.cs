using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;
using static PrisonerTracker.Domain.Tests.Support.People;

namespace PrisonerTracker.Domain.Tests;

/// <summary>Rejecting with a reason, marking unverifiable, and corrections that supersede an approved fact.</summary>
public sealed class ReviewOutcomeTests
{
    [Fact]
    public void RejectionNeedsAReason()
    {
        var person = ArrestedOn(Jan(3));
        Rule.Broken("Reason", () => person.ReviewEvent(person.Events[0].Id, ReviewState.Rejected, Reviewer, null, "  ", Now), "why");

        person.ReviewEvent(person.Events[0].Id, ReviewState.Rejected, Reviewer, null, "Wrong person: a namesake", Now);

        Assert.Equal((ReviewState.Rejected, "Wrong person: a namesake"), (person.Events[0].ReviewState, person.Events[0].ReviewReason));
    }

    [Fact]
    public void UnverifiableFactIsSetAsideLikeARejectedOne()
    {
        var person = ArrestedOn(Jan(3));
        person.ReviewEvent(person.Events[0].Id, ReviewState.Unverifiable, Reviewer, null, null, Now);

        Assert.Equal(ReviewState.Unverifiable, person.Events[0].ReviewState);
        Assert.Equal(DetaineeStatus.NotHeld, person.StatusOn(Today).Status);
        Assert.Null(person.StatusOn(Today).Unverified);
        // Set aside: a release cannot lean on it.
        Rule.Broken("Date", () => person.RecordRelease(On(Jan(5)), Now), "arrest");
    }

    [Fact]
    public void AuthorCannotMarkTheirOwnFactUnverifiable()
    {
        var person = ArrestedOn(Jan(3));
        Rule.Broken("ReviewedBy", () => person.ReviewEvent(person.Events[0].Id, ReviewState.Unverifiable, Clerk, null, null, Now));
    }

    [Theory]
    [InlineData(ReviewState.Pending)]
    [InlineData(ReviewState.Superseded)]
    public void ReviewOnlyApprovesRejectsOrMarksUnverifiable(ReviewState outcome)
    {
        var person = ArrestedOn(Jan(3));
        Rule.Broken("Decision", () => person.ReviewEvent(person.Events[0].Id, outcome, Reviewer, null, "x", Now));
    }

    [Fact]
    public void ApprovedCorrectionSupersedesTheCorrectedFact()
    {
        var person = ArrestedOn(Jan(3));
        var arrest = person.Approve(person.Events[0]);
        var release = person.Approve(person.RecordRelease(On(Jan(10)), Now));

        // Checked as if the release on the 10th were not on record: otherwise "already released".
        var correction = person.RecordCorrection(release.Id, EventKind.ReleasedFull, On(Jan(12)), Now.AddMinutes(5));
        Assert.Equal((ReviewState.Pending, release.Id), (correction.ReviewState, correction.CorrectsEventId));
        Assert.Equal(ReviewState.Approved, release.ReviewState);
        Assert.Equal(Jan(10), person.StatusOn(Today).Since);

        person.Approve(correction);

        Assert.Equal(ReviewState.Superseded, release.ReviewState);
        Assert.Equal(ReviewState.Approved, arrest.ReviewState);
        Assert.Equal((DetaineeStatus.ReleasedFull, (DateOnly?)Jan(12)), (person.StatusOn(Today).Status, person.StatusOn(Today).Since));
    }

    [Fact]
    public void RejectedCorrectionLeavesTheCorrectedFactStanding()
    {
        var person = ArrestedOn(Jan(3));
        var arrest = person.Approve(person.Events[0]);
        var correction = person.RecordCorrection(arrest.Id, EventKind.Arrested, On(Jan(2)), Now);

        person.ReviewEvent(correction.Id, ReviewState.Rejected, Reviewer, null, "The source says the 3rd", Now);

        Assert.Equal(ReviewState.Approved, arrest.ReviewState);
        Assert.Equal(Jan(3), person.StatusOn(Today).Since);
    }

    [Fact]
    public void OnlyAnApprovedFactIsCorrected()
    {
        var person = ArrestedOn(Jan(3));
        Rule.Broken("CorrectsEventId", () => person.RecordCorrection(person.Events[0].Id, EventKind.Arrested, On(Jan(2)), Now), "approved");
        Rule.Broken("CorrectsEventId", () => person.RecordCorrection(Guid.NewGuid(), EventKind.Arrested, On(Jan(2)), Now), "no such event");
    }
}
