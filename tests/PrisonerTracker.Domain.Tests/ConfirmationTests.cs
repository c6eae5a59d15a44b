using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using static PrisonerTracker.Domain.Tests.Support.Clock;
using static PrisonerTracker.Domain.Tests.Support.People;
using PrisonerTracker.Domain.Tests.Support;

namespace PrisonerTracker.Domain.Tests;

/// <summary>A release two organisations reported independently, each approved, is confirmed.</summary>
public sealed class ConfirmationTests
{
    private static readonly Guid ForoPenal = Guid.Parse("f0000000-0000-0000-0000-000000000001");
    private static readonly Guid Provea = Guid.Parse("f0000000-0000-0000-0000-000000000002");

    private static EventDetails Release(DateOnly date, Guid? organisation, Confidence confidence = Confidence.Verified) =>
        On(date, confidence) with { ReportingOrganisationId = organisation };

    private static (Detainee Person, VerificationEvent First) HeldAndReleasedBy(Guid organisation, DateOnly release)
    {
        var person = ArrestedOn(Jan(3));
        person.Approve(person.Events[0]);
        return (person, person.Approve(person.RecordEvent(EventKind.ReleasedFull, Release(release, organisation), Now)));
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(10, 13)]
    [InlineData(13, 10)]
    public void SecondOrganisationsApprovedReportWithinThreeDaysConfirmsBoth(int firstDay, int secondDay)
    {
        var (person, first) = HeldAndReleasedBy(ForoPenal, Jan(firstDay));
        var second = person.RecordEvent(EventKind.ReleasedFull, Release(Jan(secondDay), Provea), Now);
        Assert.Equal(Confidence.Verified, first.Confidence);

        person.Approve(second);

        Assert.Equal((Confidence.Confirmed, Confidence.Confirmed), (first.Confidence, second.Confidence));
        Assert.Equal((second.Id, first.Id), (first.CorroboratedByEventId, second.CorroboratedByEventId));
    }

    // Outside the tolerance, from the same organisation, or from none, a second release is no second
    // report of the same release: it is refused like any release of someone already released.
    [Theory]
    [InlineData(14, "provea")]
    [InlineData(11, "foro")]
    [InlineData(10, null)]
    public void AReleaseThatIsNoSecondReportIsRefusedAndConfirmsNothing(int day, string? organisation)
    {
        var (person, first) = HeldAndReleasedBy(ForoPenal, Jan(10));
        Guid? by = organisation switch { "provea" => Provea, "foro" => ForoPenal, _ => null };
        Rule.Broken("Kind", () => person.RecordEvent(EventKind.ReleasedFull, Release(Jan(day), by), Now), "only for someone held");
        Assert.Equal(Confidence.Verified, first.Confidence);
    }

    [Fact]
    public void AConditionalReleaseDoesNotConfirmAFullOne()
    {
        var (person, first) = HeldAndReleasedBy(ForoPenal, Jan(10));
        Rule.Broken("Kind", () => person.RecordEvent(EventKind.ReleasedConditional, Release(Jan(10), Provea) with { Conditions = "Travel ban" }, Now));
        Assert.Equal(Confidence.Verified, first.Confidence);
    }

    [Fact]
    public void APendingSecondReportConfirmsNothingYet()
    {
        var (person, first) = HeldAndReleasedBy(ForoPenal, Jan(10));
        person.RecordEvent(EventKind.ReleasedFull, Release(Jan(10), Provea), Now);
        Assert.Equal(Confidence.Verified, first.Confidence);
    }

    [Fact]
    public void AnOfficialClaimIsNotAnIndependentReport()
    {
        var (person, first) = HeldAndReleasedBy(ForoPenal, Jan(10));
        var claim = person.Approve(person.RecordEvent(EventKind.ReleasedFull, Release(Jan(10), Provea, Confidence.Claimed), Now));
        Assert.Equal((Confidence.Verified, Confidence.Claimed), (first.Confidence, claim.Confidence));
    }
}
