using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;
using static PrisonerTracker.Domain.Tests.Support.People;

namespace PrisonerTracker.Domain.Tests;

/// <summary>Reviewing events, and how review states feed the history checks and the status.</summary>
public sealed class DetaineeReviewTests
{
    [Fact]
    public void RecordedEventIsPendingAndCarriesWhoEnteredItAndWhen()
    {
        var person = Someone();

        var arrest = person.RecordArrest(On(Jan(3), Confidence.Reported, facility: Facts.FacilityA), Now);

        Assert.Equal(person.Id, arrest.DetaineeId);
        Assert.Equal(ReviewState.Pending, arrest.ReviewState);
        Assert.Equal(Clerk, arrest.EnteredBy);
        Assert.Equal(Now, arrest.EnteredAt);
        Assert.Equal(Confidence.Reported, arrest.Confidence);
        Assert.Equal(Facts.FacilityA, arrest.FacilityId);
        Assert.Null(arrest.ReviewedBy);
    }

    [Fact]
    public void ApprovedArrestMakesThePersonHeld()
    {
        var person = ArrestedOn(Jan(3));
        Assert.Equal(DetaineeStatus.NotHeld, person.StatusOn(Today).Status);

        var arrest = person.Approve(person.Events[0]);

        Assert.Equal(ReviewState.Approved, arrest.ReviewState);
        Assert.Equal(Reviewer, arrest.ReviewedBy);
        Assert.Equal(Now.AddHours(1), arrest.ReviewedAt);
        Assert.Equal(DetaineeStatus.Held, person.StatusOn(Today).Status);
    }

    [Theory]
    [InlineData(Clerk)]
    [InlineData("CLERK@example.org")]
    [InlineData("  clerk@example.org ")]
    public void ReviewerMustDifferFromThePersonWhoEnteredTheEvent(string reviewer)
    {
        var person = ArrestedOn(Jan(3));
        var arrest = person.Events[0];

        Rule.Broken("ReviewedBy", () => person.ReviewEvent(arrest.Id, reviewer, approve: true, Now), "someone other than the person who entered it");
        Assert.Equal(ReviewState.Pending, arrest.ReviewState);
    }

    [Theory]
    [InlineData(true, "already approved")]
    [InlineData(false, "already rejected")]
    public void EventCanBeReviewedOnlyOnce(bool firstApproval, string message)
    {
        var person = ArrestedOn(Jan(3));
        var arrest = person.Events[0];
        person.ReviewEvent(arrest.Id, Reviewer, firstApproval, Now);

        Rule.Broken("ReviewState", () => person.ReviewEvent(arrest.Id, "third@example.org", !firstApproval, Now), message);
        Assert.Equal(Reviewer, arrest.ReviewedBy);
    }

    [Fact]
    public void ReviewOfAnUnknownEventIsRejected()
    {
        var person = ArrestedOn(Jan(3));

        Rule.Broken("EventId", () => person.ReviewEvent(Guid.NewGuid(), Reviewer, true, Now), "no such event");
    }

    [Fact]
    public void RejectedReleaseDoesNotBlockANewRelease()
    {
        var person = ReleasedOn(Jan(1), Jan(5));
        person.Reject(person.Events[1]);

        var release = person.RecordRelease(On(Jan(8)), Now.AddMinutes(5));

        Assert.Equal(Jan(8), release.EventDate);
    }

    [Fact]
    public void RejectedArrestDoesNotCountAsAnArrestOnRecord()
    {
        var person = ArrestedOn(Jan(1));
        person.Reject(person.Events[0]);

        Assert.Null(person.FirstArrestDate);
        Rule.Broken("Date", () => person.RecordRelease(On(Jan(5)), Now.AddMinutes(5)), "needs an arrest on record first");
        person.RecordArrest(On(Jan(2)), Now.AddMinutes(6));
        Assert.Equal(Jan(2), person.FirstArrestDate);
    }

    [Fact]
    public void RejectedDeathDoesNotBlockLaterEvents()
    {
        var person = ArrestedOn(Jan(1));
        person.Reject(person.RecordEvent(EventKind.DiedInCustody, On(Jan(4)), Now.AddMinutes(1)));

        var release = person.RecordRelease(On(Jan(6)), Now.AddMinutes(2));

        Assert.Equal(EventKind.ReleasedFull, release.Kind);
    }

    [Fact]
    public void PendingEventBelowTheThresholdStillCountsInTheHistoryChecks()
    {
        var person = ArrestedOn(Jan(1));
        person.RecordRelease(On(Jan(5), Confidence.Reported), Now.AddMinutes(1));
        Assert.Equal(ReviewState.Pending, person.Events[1].ReviewState);

        Rule.Broken("Kind", () => person.RecordRelease(On(Jan(7)), Now.AddMinutes(2)), "only for someone held");
    }
}
