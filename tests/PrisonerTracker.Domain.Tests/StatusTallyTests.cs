using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;

namespace PrisonerTracker.Domain.Tests;

/// <summary><see cref="StatusRules.Tally"/> and <see cref="StatusCounts"/>.</summary>
public sealed class StatusTallyTests
{
    private static Facts Held() => new Facts().Arrested(Jan(1));

    [Fact]
    public void TallyCountsEachPersonUnderTheirStatus()
    {
        IEnumerable<EventFact>[] people =
        [
            Held(),
            Held().Transferred(Jan(3)),
            Held().Disappeared(Jan(4)),
            Held().ReleasedConditionally(Jan(5)),
            Held().Released(Jan(6)),
            Held().Released(Jan(6)).ReArrested(Jan(8)),
            Held().Died(Jan(7)),
            new Facts(),
        ];

        var counts = StatusRules.Tally(people, Today);

        Assert.Equal(3, counts.Held);
        Assert.Equal(1, counts.WhereaboutsUnknown);
        Assert.Equal(1, counts.ReleasedConditional);
        Assert.Equal(1, counts.ReleasedFull);
        Assert.Equal(1, counts.Deceased);
        Assert.Equal(4, counts.Detained);
        Assert.Equal(2, counts.Released);
        Assert.Equal(0, counts.ReleaseReportedUnverified);
    }

    [Fact]
    public void TallyIsTakenOnTheAsOfDate()
    {
        IEnumerable<EventFact>[] people = [Held().Released(Jan(10)), new Facts().Arrested(Jan(15))];

        var counts = StatusRules.Tally(people, Jan(9));

        Assert.Equal(1, counts.Held);
        Assert.Equal(0, counts.ReleasedFull);
    }

    [Fact]
    public void ReleaseReportedUnverifiedCountsDetainedPeopleWhoseLatestUncountedFactIsARelease()
    {
        IEnumerable<EventFact>[] people =
        [
            Held().Released(Jan(10), Confidence.Reported),
            Held().Disappeared(Jan(2)).ReleasedConditionally(Jan(10), review: ReviewState.Pending),
            Held().Released(Jan(10), review: ReviewState.Rejected),
            Held().Released(Jan(8), Confidence.Reported).Transferred(Jan(9), review: ReviewState.Pending),
            Held().Transferred(Jan(9), review: ReviewState.Pending),
        ];

        var counts = StatusRules.Tally(people, Today);

        Assert.Equal(4, counts.Held);
        Assert.Equal(1, counts.WhereaboutsUnknown);
        Assert.Equal(2, counts.ReleaseReportedUnverified);
    }

    [Fact]
    public void ReleaseReportedUnverifiedIgnoresPeopleNotDetained()
    {
        IEnumerable<EventFact>[] people =
        [
            new Facts().Arrested(Jan(1), review: ReviewState.Pending).Released(Jan(5), review: ReviewState.Pending),
            Held().Died(Jan(5)).Released(Jan(6), Confidence.Claimed),
        ];

        var counts = StatusRules.Tally(people, Today);

        Assert.Equal(0, counts.Detained);
        Assert.Equal(1, counts.Deceased);
        Assert.Equal(0, counts.ReleaseReportedUnverified);
    }

    [Fact]
    public void TallyUsesTheThresholdGiven()
    {
        IEnumerable<EventFact>[] people = [Held().Released(Jan(10), Confidence.Reported)];

        var counts = StatusRules.Tally(people, Today, Confidence.Reported);

        Assert.Equal(0, counts.Held);
        Assert.Equal(1, counts.ReleasedFull);
        Assert.Equal(0, counts.ReleaseReportedUnverified);
    }

    [Fact]
    public void StatusCountsAddIgnoresNotHeld()
    {
        var counts = new StatusCounts();

        counts.Add(new StatusOnDate(DetaineeStatus.NotHeld, null, null, null));
        counts.Add(new StatusOnDate(DetaineeStatus.Held, Jan(1), null, null));

        Assert.Equal(1, counts.Held);
        Assert.Equal(1, counts.Detained + counts.Released + counts.Deceased);
    }
}
