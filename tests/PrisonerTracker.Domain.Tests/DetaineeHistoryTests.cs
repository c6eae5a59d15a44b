using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;
using static PrisonerTracker.Domain.Tests.Support.People;

namespace PrisonerTracker.Domain.Tests;

/// <summary>Every new event on a <see cref="Detainees.Detainee"/> is checked against the history on record.</summary>
public sealed class DetaineeHistoryTests
{
    [Fact]
    public void ReleaseWithNoArrestOnRecordIsRejected()
    {
        var person = Someone();

        Rule.Broken("Date", () => person.RecordRelease(On(Jan(5)), Now), "needs an arrest on record first");
        Assert.Empty(person.Events);
    }

    [Fact]
    public void EventDatedBeforeTheFirstArrestIsRejected()
    {
        var person = ArrestedOn(Jan(5));

        Rule.Broken("Date", () => person.RecordEvent(EventKind.Transferred, On(Jan(4)), Now),
            "Transferred on 2026-01-04 is before the first arrest on 2026-01-05");
        Assert.Single(person.Events);
    }

    [Fact]
    public void ArrestDatedBeforeTheFirstArrestIsAccepted()
    {
        var person = ArrestedOn(Jan(5));

        person.RecordArrest(On(Dec(28)), Now.AddMinutes(1));

        Assert.Equal(Dec(28), person.FirstArrestDate);
        Assert.Equal(2, person.Events.Count);
    }

    [Fact]
    public void ReleaseOfSomeoneAlreadyReleasedIsRejected()
    {
        var person = ReleasedOn(Jan(1), Jan(10));

        Rule.Broken("Kind", () => person.RecordRelease(On(Jan(12)), Now.AddMinutes(5)),
            "only for someone held", "on 2026-01-12 the person is released");
    }

    [Fact]
    public void ReleaseBackDatedWhileStillHeldIsAccepted()
    {
        var person = ArrestedOn(Jan(1));
        person.RecordEvent(EventKind.Transferred, On(Jan(8)), Now.AddMinutes(1));

        var release = person.RecordRelease(On(Jan(6)), Now.AddMinutes(2));

        Assert.Equal(EventKind.ReleasedFull, release.Kind);
    }

    [Fact]
    public void EventEnteredLaterOnTheSameDayAsAReleaseSeesThePersonReleased()
    {
        var person = ArrestedOn(Jan(1));
        person.RecordEvent(EventKind.Transferred, On(Jan(5)), Now.AddMinutes(1));
        person.RecordRelease(On(Jan(5)), Now.AddMinutes(2));

        Rule.Broken("Kind", () => person.RecordEvent(EventKind.Transferred, On(Jan(5)), Now.AddMinutes(3)),
            "Transferred is only for someone held", "released");
    }

    [Fact]
    public void ReArrestOfSomeoneStillHeldIsRejected()
    {
        var person = ArrestedOn(Jan(1));

        Rule.Broken("Kind", () => person.RecordEvent(EventKind.ReArrested, On(Jan(5)), Now.AddMinutes(1)),
            "re-arrest needs a release before 2026-01-05", "the person is held");
    }

    [Fact]
    public void ReArrestAfterAReleaseIsAccepted()
    {
        var person = ReleasedOn(Jan(1), Jan(5));

        var reArrest = person.RecordEvent(EventKind.ReArrested, On(Jan(9)), Now.AddMinutes(5));

        Assert.Equal(EventKind.ReArrested, reArrest.Kind);
        Assert.Equal(3, person.Events.Count);
    }

    [Fact]
    public void SecondPlainArrestWhileHeldIsRejected()
    {
        var person = ArrestedOn(Jan(1));

        Rule.Broken("Kind", () => person.RecordArrest(On(Jan(5)), Now.AddMinutes(1)), "already has an arrest on record", "ReArrested");
    }

    [Fact]
    public void PlainArrestAfterAReleaseIsRejectedInFavourOfReArrest()
    {
        var person = ReleasedOn(Jan(1), Jan(5));

        Rule.Broken("Kind", () => person.RecordArrest(On(Jan(9)), Now.AddMinutes(5)), "use ReArrested");
    }

    [Theory]
    [InlineData(EventKind.Transferred, 12)]
    [InlineData(EventKind.ReleasedFull, 12)]
    [InlineData(EventKind.Arrested, 12)]
    [InlineData(EventKind.Transferred, 10)]
    public void NothingCanFollowADeathInCustody(EventKind kind, int day)
    {
        var person = ArrestedOn(Jan(1));
        person.RecordEvent(EventKind.DiedInCustody, On(Jan(10)), Now.AddMinutes(1));

        Rule.Broken("Kind", () => person.RecordEvent(kind, On(Jan(day)), Now.AddMinutes(2)), "death in custody");
        Assert.Equal(2, person.Events.Count);
    }

    [Fact]
    public void TransferOfSomeoneNotHeldIsRejected()
    {
        var person = ReleasedOn(Jan(1), Jan(5));

        Rule.Broken("Kind", () => person.RecordEvent(EventKind.Sentenced, On(Jan(7)), Now.AddMinutes(5)),
            "Sentenced is only for someone held");
    }
}
