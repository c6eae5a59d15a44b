using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;
using static PrisonerTracker.Domain.Tests.Support.People;

namespace PrisonerTracker.Domain.Tests;

/// <summary>Withholding is immediate; publishing a withheld person takes a request and a second person's approval.</summary>
public sealed class DetaineePublicationTests
{
    private static Detainee WithheldPerson()
    {
        var person = Someone();
        person.Withhold();
        return person;
    }

    [Fact]
    public void RequestingPublicationLeavesThePersonWithheldWithThePendingRequest()
    {
        var person = WithheldPerson();

        person.RequestPublication(" clerk@example.org ", Now);

        Assert.True(person.Withheld);
        Assert.Equal(new PublicationRequest(Clerk, Now), person.PendingPublication);
    }

    [Fact]
    public void ApprovalBySomeoneElsePublishesAndClosesTheRequest()
    {
        var person = WithheldPerson();
        person.RequestPublication(Clerk, Now);

        person.ApprovePublication(Reviewer);

        Assert.False(person.Withheld);
        Assert.Null(person.PendingPublication);
    }

    [Fact]
    public void RequesterCannotApproveTheirOwnRequest()
    {
        var person = WithheldPerson();
        person.RequestPublication(Clerk, Now);

        Rule.Broken("ReviewedBy", () => person.ApprovePublication("CLERK@example.org"), "someone other than");

        Assert.True(person.Withheld);
        Assert.NotNull(person.PendingPublication);
    }

    [Fact]
    public void ApprovalWithoutAPendingRequestIsRefused()
    {
        var person = WithheldPerson();

        Rule.Broken("PendingPublication", () => person.ApprovePublication(Reviewer), "No publication request");

        Assert.True(person.Withheld);
    }

    [Fact]
    public void RejectionKeepsThePersonWithheldAndClosesTheRequest()
    {
        var person = WithheldPerson();
        person.RequestPublication(Clerk, Now);

        person.RejectPublication(Clerk);

        Assert.True(person.Withheld);
        Assert.Null(person.PendingPublication);
        Rule.Broken("PendingPublication", () => person.RejectPublication(Reviewer));
    }

    [Fact]
    public void WithholdingAgainCancelsAPendingRequest()
    {
        var person = WithheldPerson();
        person.RequestPublication(Clerk, Now);

        person.Withhold();

        Assert.True(person.Withheld);
        Assert.Null(person.PendingPublication);
        Rule.Broken("PendingPublication", () => person.ApprovePublication(Reviewer));
    }

    [Fact]
    public void ASecondRequestKeepsTheFirstRequester()
    {
        var person = WithheldPerson();
        person.RequestPublication(Clerk, Now);

        person.RequestPublication(Reviewer, Now.AddHours(1));

        Assert.Equal(new PublicationRequest(Clerk, Now), person.PendingPublication);
        Rule.Broken("ReviewedBy", () => person.ApprovePublication(Clerk));
    }

    [Fact]
    public void APublicPersonNeedsNoRequest()
    {
        var person = Someone();

        person.RequestPublication(Clerk, Now);

        Assert.False(person.Withheld);
        Assert.Null(person.PendingPublication);
    }

    [Fact]
    public void WithholdingIsImmediate()
    {
        var person = Someone();

        person.Withhold();

        Assert.True(person.Withheld);
    }

    [Fact]
    public void RecordingOrganisationIsKeptFromCreation()
    {
        var organisation = Guid.CreateVersion7();

        Assert.Equal(organisation, new Detainee(new PersonalDetails("Ana Pérez"), organisation).RecordingOrganisationId);
        Assert.Null(new Detainee(new PersonalDetails("Ana Pérez"), Guid.Empty).RecordingOrganisationId);
        Assert.Null(Someone().RecordingOrganisationId);
    }
}
