using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;

namespace PrisonerTracker.Domain.Tests;

public sealed class AnnouncementRoleTests
{
    private static readonly Guid ForoPenal = Guid.Parse("0195f000-0000-7000-8000-000000000002");
    private static readonly ClaimedNumber Held806 = ClaimedNumber.Create(NumberQualifier.Exact, 806);

    private static Announcement HeldTally(ClaimedNumber? number = null) =>
        new("Foro Penal", ForoPenal, AnnouncementRole.Tally, Jan(5), ClaimKind.Detained, number ?? Held806, "political prisoners", Today);

    [Theory]
    [InlineData(OrganisationKind.Government, AnnouncementRole.Claim)]
    [InlineData(OrganisationKind.ForeignGovernment, AnnouncementRole.Tally)]
    [InlineData(OrganisationKind.Ngo, AnnouncementRole.Tally)]
    [InlineData(OrganisationKind.PoliticalCoalition, AnnouncementRole.Tally)]
    [InlineData(OrganisationKind.Intergovernmental, AnnouncementRole.Tally)]
    [InlineData(OrganisationKind.Media, AnnouncementRole.Tally)]
    [InlineData(OrganisationKind.FamilyOrLawyer, AnnouncementRole.Tally)]
    public void OnlyAGovernmentMakesOfficialClaimsByDefault(OrganisationKind kind, AnnouncementRole expected)
    {
        Assert.Equal(expected, kind.DefaultRole());
    }

    [Fact]
    public void EveryOrganisationKindHasADefaultRole()
    {
        Assert.All(Enum.GetValues<OrganisationKind>(), kind => Assert.True(Enum.IsDefined(kind.DefaultRole())));
    }

    [Fact]
    public void APromiseOfReleasesIsNeverATally()
    {
        Rule.Broken("Role", () => new Announcement("NGO", ForoPenal, AnnouncementRole.Tally, Jan(8), ClaimKind.ToBeReleased,
            ClaimedNumber.None, "political prisoners", Today), "promise");
    }

    [Fact]
    public void TallyOfPeopleHeldKeepsItsBreakdown()
    {
        var tally = HeldTally();

        tally.BreakDown([new(TallyGroup.Military, 175), new(TallyGroup.Women, 105), new(TallyGroup.Minors, 1)]);

        Assert.Equal([(TallyGroup.Military, 175), (TallyGroup.Women, 105), (TallyGroup.Minors, 1)], tally.Breakdown.Select(p => (p.Group, p.Count)));
    }

    [Fact]
    public void OnlyATallyOfPeopleHeldWithANumberHasABreakdown()
    {
        var claim = new Announcement("Minister", ForoPenal, AnnouncementRole.Claim, Jan(8), ClaimKind.Detained, Held806, "prisoners", Today);
        Rule.Broken("Breakdown", () => claim.BreakDown([new(TallyGroup.Women, 1)]), "tally of people held");
        Rule.Broken("Breakdown", () => HeldTally(ClaimedNumber.None).BreakDown([new(TallyGroup.Women, 1)]), "with a number");
    }

    [Fact]
    public void GroupLargerThanTheTallyOrListedTwiceIsRejected()
    {
        Rule.Broken("Breakdown", () => HeldTally().BreakDown([new(TallyGroup.Women, 807)]), "larger than the tally (806)");
        Rule.Broken("Breakdown", () => HeldTally().BreakDown([new(TallyGroup.Women, 1), new(TallyGroup.Women, 2)]), "once");
        Rule.Broken("Breakdown", () => new TallyPart(TallyGroup.Women, -1), "fewer than no one");
    }

    [Fact]
    public void RevisingABrokenDownTallyIntoAClaimIsRejectedAndChangesNothing()
    {
        var tally = HeldTally();
        tally.BreakDown([new(TallyGroup.Military, 175)]);

        Rule.Broken("Breakdown", () => tally.Revise("Foro Penal", null, ForoPenal, AnnouncementRole.Claim, Jan(5), ClaimKind.Detained,
            Held806, "political prisoners", Today), "tally of people held");
        Assert.Equal(AnnouncementRole.Tally, tally.Role);
        Assert.Single(tally.Breakdown);
    }

    [Fact]
    public void UnknownRoleIsRejected()
    {
        Rule.Broken("Role", () => new Announcement("X", ForoPenal, (AnnouncementRole)9, Jan(5), ClaimKind.Released, Held806, "s", Today), "claim or a tally");
    }
}
