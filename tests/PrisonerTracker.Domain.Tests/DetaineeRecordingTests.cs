using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;
using static PrisonerTracker.Domain.Tests.Support.People;

namespace PrisonerTracker.Domain.Tests;

/// <summary>Releases and their conditions, input checks on new events (dates, kinds, confidence), and the person's own details.</summary>
public sealed class DetaineeRecordingTests
{
    [Fact]
    public void ConditionalReleaseSetsReleaseConditions()
    {
        var person = ArrestedOn(Jan(1));

        var release = person.RecordRelease(On(Jan(9), conditions: "  Reports to court every 15 days "), Now.AddMinutes(1));

        Assert.Equal(EventKind.ReleasedConditional, release.Kind);
        Assert.Equal("Reports to court every 15 days", release.Conditions);
        Assert.Equal("Reports to court every 15 days", person.ReleaseConditions);
    }

    [Fact]
    public void ReleaseWithoutConditionsIsAFullRelease()
    {
        var person = ArrestedOn(Jan(1));

        var release = person.RecordRelease(On(Jan(9)), Now.AddMinutes(1));

        Assert.Equal(EventKind.ReleasedFull, release.Kind);
        Assert.Null(person.ReleaseConditions);
    }

    [Fact]
    public void ReleaseWithBlankConditionsIsAFullRelease()
    {
        var person = ArrestedOn(Jan(1));

        var release = person.RecordRelease(On(Jan(9), conditions: "   "), Now.AddMinutes(1));

        Assert.Equal(EventKind.ReleasedFull, release.Kind);
        Assert.Null(release.Conditions);
    }

    [Fact]
    public void EventDatedInTheFutureIsRejected()
    {
        var person = Someone();

        Rule.Broken("Date", () => person.RecordArrest(On(Today.AddDays(1)), Now), "2026-01-21", "future");
        Assert.Empty(person.Events);
    }

    [Fact]
    public void EventDatedTodayIsAccepted()
    {
        var recorded = Someone().RecordArrest(On(Today), Now);

        Assert.Equal(Today, recorded.EventDate);
    }

    [Fact]
    public void FutureIsJudgedAgainstTheNowPassedIn()
    {
        var person = Someone();

        person.RecordArrest(On(Jan(25)), new DateTimeOffset(2026, 1, 25, 0, 30, 0, TimeSpan.Zero));
        Rule.Broken("Date", () => person.RecordRelease(On(Jan(26)), new DateTimeOffset(2026, 1, 25, 23, 59, 0, TimeSpan.Zero)), "future");
    }

    [Fact]
    public void UnknownEventKindIsRejected()
    {
        var person = ArrestedOn(Jan(1));

        Rule.Broken("Kind", () => person.RecordEvent((EventKind)99, On(Jan(5)), Now), "Unknown event kind");
    }

    [Fact]
    public void UnknownConfidenceIsRejected()
    {
        Rule.Broken("Confidence", () => Someone().RecordArrest(On(Jan(5), (Confidence)7), Now), "Unknown confidence");
    }

    [Fact]
    public void EventNeedsWhoEnteredIt()
    {
        var person = Someone();

        Rule.Broken("EnteredBy", () => person.RecordArrest(On(Jan(5)) with { EnteredBy = " " }, Now), "EnteredBy is required");
        Assert.Empty(person.Events);
    }

    [Fact]
    public void DescribeNormalisesNameVariantsAndNationalities()
    {
        var person = new Detainee(new PersonalDetails(
            " Ana Pérez ", NameVariants: ["Ana Perez", "Ana Pérez", "Ana Perez"], Nationalities: ["ve", "es", "VE"]));

        Assert.Equal("Ana Pérez", person.Name);
        Assert.Equal(["Ana Perez"], person.NameVariants);
        Assert.Equal(["VE", "ES"], person.Nationalities);
    }

    [Fact]
    public void DescribeRejectsABlankName()
    {
        Rule.Broken("Name", () => new Detainee(new PersonalDetails("  ")), "Name is required");
    }

    [Fact]
    public void DescribeRejectsAThreeLetterNationality()
    {
        Rule.Broken("Nationalities", () => new Detainee(new PersonalDetails("Ana", Nationalities: ["VEN"])), "'VEN'", "alpha-2");
    }

    [Fact]
    public void DescribeRejectsAnUnknownServiceBranch()
    {
        Rule.Broken("Service", () => new Detainee(new PersonalDetails("Ana", Service: (ServiceBranch)5)), "Civilian or Military");
    }
}
