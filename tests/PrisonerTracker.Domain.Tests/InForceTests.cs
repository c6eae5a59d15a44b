using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using static PrisonerTracker.Domain.Tests.Support.Clock;

namespace PrisonerTracker.Domain.Tests;

/// <summary>Which announcements stand on a date, told with the January 2026 story.</summary>
public sealed class InForceTests
{
    private static readonly Guid Assembly = Guid.CreateVersion7(), Ngos = Guid.CreateVersion7(), Plataforma = Guid.CreateVersion7(),
        Caleidoscopio = Guid.CreateVersion7(), Un = Guid.CreateVersion7(), Spain = Guid.CreateVersion7(), ForoPenal = Guid.CreateVersion7();

    private static Announcement Make(Guid organisation, AnnouncementRole role, int day, ClaimKind claim, NumberQualifier qualifier,
        int? low = null, int? high = null, int? windowFrom = null, bool partial = false)
    {
        // The story runs to the end of January, after the tests' usual "today".
        var announcement = new Announcement("Speaker", organisation, role, Jan(day), claim, ClaimedNumber.Create(qualifier, low, high), "scope", Jan(31));
        if (windowFrom is { } from) announcement.SetWindow(Jan(from), Jan(day));
        announcement.MarkPartial(partial);
        return announcement;
    }

    private static readonly Announcement Significant = Make(Assembly, AnnouncementRole.Claim, 8, ClaimKind.Released, NumberQualifier.None, windowFrom: 8);
    private static readonly Announcement SpainFive = Make(Spain, AnnouncementRole.Tally, 8, ClaimKind.Released, NumberQualifier.Exact, 5, partial: true);
    private static readonly Announcement Over400 = Make(Assembly, AnnouncementRole.Claim, 13, ClaimKind.Released, NumberQualifier.MoreThan, 400);
    private static readonly Announcement MostOf2000 = Make(Assembly, AnnouncementRole.Claim, 13, ClaimKind.Released, NumberQualifier.None, partial: true);
    private static readonly Announcement Sixty70 = Make(Ngos, AnnouncementRole.Tally, 13, ClaimKind.Released, NumberQualifier.Range, 60, 70, windowFrom: 8);
    private static readonly Announcement Ngos130 = Make(Ngos, AnnouncementRole.Tally, 15, ClaimKind.Released, NumberQualifier.Range, 130, 150, windowFrom: 8);
    private static readonly Announcement Caleidoscopio170 = Make(Caleidoscopio, AnnouncementRole.Tally, 22, ClaimKind.Released, NumberQualifier.About, 170, windowFrom: 8);
    private static readonly Announcement Plataforma170 = Make(Plataforma, AnnouncementRole.Tally, 22, ClaimKind.Released, NumberQualifier.Exact, 170, windowFrom: 8);
    private static readonly Announcement Un50 = Make(Un, AnnouncementRole.Tally, 22, ClaimKind.Released, NumberQualifier.About, 50);
    private static readonly Announcement Held806 = Make(ForoPenal, AnnouncementRole.Tally, 5, ClaimKind.Detained, NumberQualifier.Exact, 806);
    private static readonly Announcement Held902 = Make(ForoPenal, AnnouncementRole.Tally, 8, ClaimKind.Detained, NumberQualifier.Exact, 902);

    private static readonly Announcement[] Story =
        [Held806, Significant, SpainFive, Held902, Over400, MostOf2000, Sixty70, Ngos130, Caleidoscopio170, Plataforma170, Un50];

    [Fact]
    public void OfficialClaimInForceIsTheLatestAndOnItsDayTheOneWithANumber()
    {
        Assert.Same(Significant, InForce.OfficialClaim(Story, ClaimKind.Released, Jan(12)));
        Assert.Same(Over400, InForce.OfficialClaim(Story, ClaimKind.Released, Jan(13)));
        Assert.Null(InForce.OfficialClaim(Story, ClaimKind.Released, Jan(7)));
        Assert.Equal(Jan(8), InForce.ReleasesBegan(Story));
    }

    [Fact]
    public void ACountOfOnlyPartOfThePeopleNeverStands()
    {
        Assert.DoesNotContain(SpainFive, InForce.Tallies(Story, ClaimKind.Released, Jan(31)));
        Assert.NotSame(MostOf2000, InForce.OfficialClaim(Story, ClaimKind.Released, Jan(13)));
        Assert.Empty(InForce.Tallies(Story, ClaimKind.Released, Jan(12)));
    }

    [Fact]
    public void EachBodysLatestTallyReplacesItsEarlierOne()
    {
        Assert.Equal([Sixty70], InForce.Tallies(Story, ClaimKind.Released, Jan(13)));
        Assert.Equal([Plataforma170, Caleidoscopio170, Ngos130, Un50], InForce.Tallies(Story, ClaimKind.Released, Jan(22)));
        Assert.Same(Held806, InForce.HeldTally(Story, Jan(5)));
        Assert.Same(Held902, InForce.HeldTally(Story, Jan(22)));
    }

    [Fact]
    public void RangeNamesItsLowestAndHighestBodyAndPrefersThePreciseWordingOnATie()
    {
        var range = TallyRange.Of(InForce.Tallies(Story, ClaimKind.Released, Jan(22)))!;

        Assert.Equal((50, 170), (range.Low, range.High));
        Assert.Same(Un50, range.Lowest);
        Assert.Same(Plataforma170, range.Highest);
        Assert.Equal((230, 350), range.Beside(400));
    }

    [Fact]
    public void OneRangedTallyIsItsOwnLowAndHigh()
    {
        var range = TallyRange.Of([Sixty70])!;

        Assert.Equal((60, 70), (range.Low, range.High));
        Assert.Equal((330, 340), range.Beside(400));
    }

    [Fact]
    public void ReleasesCountedFromAnotherDayAreNotComparable()
    {
        var lastWeek = Make(Ngos, AnnouncementRole.Tally, 22, ClaimKind.Released, NumberQualifier.Exact, 20, windowFrom: 15);

        Assert.True(InForce.Comparable(Un50, Jan(8), releasesBegan: Jan(8)));
        Assert.False(InForce.Comparable(lastWeek, Jan(8), releasesBegan: Jan(8)));
        Assert.True(InForce.Comparable(Held902, null, releasesBegan: Jan(8)));
    }
}
