using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;

namespace PrisonerTracker.Domain.Tests;

public sealed class AnnouncementTests
{
    private static readonly Guid Government = Guid.Parse("0195f000-0000-7000-8000-000000000001");
    private static readonly ClaimedNumber Hundred = ClaimedNumber.Create(NumberQualifier.AtLeast, 100);

    private static Announcement MadeOn(DateOnly date) =>
        new(" Minister ", Government, AnnouncementRole.Claim, date, ClaimKind.Released, Hundred, "political prisoners", Today);

    [Fact]
    public void AnnouncementKeepsWhatWasClaimed()
    {
        var announcement = MadeOn(Jan(15));

        Assert.Equal("Minister", announcement.Speaker);
        Assert.Equal(Jan(15), announcement.Date);
        Assert.Equal(ClaimKind.Released, announcement.Claim);
        Assert.Equal(Hundred, announcement.Number);
        Assert.Null(announcement.WindowFrom);
        Assert.Null(announcement.WindowTo);
    }

    [Fact]
    public void AnnouncementDatedInTheFutureIsRejected()
    {
        Rule.Broken("Date", () => MadeOn(Today.AddDays(1)), "2026-01-21", "future");
    }

    [Fact]
    public void AnnouncementDatedTodayIsAccepted()
    {
        Assert.Equal(Today, MadeOn(Today).Date);
    }

    [Fact]
    public void AnnouncementNeedsAnOrganisation()
    {
        Rule.Broken("OrganisationId",
            () => new Announcement("Minister", Guid.Empty, AnnouncementRole.Claim, Jan(15), ClaimKind.Released, Hundred, "political prisoners", Today),
            "organisation");
    }

    [Fact]
    public void WindowStartingAfterItEndsIsRejected()
    {
        var announcement = MadeOn(Jan(15));

        Rule.Broken("WindowFrom", () => announcement.SetWindow(Jan(10), Jan(8)), "starts (2026-01-10) after it ends (2026-01-08)");
        Assert.Null(announcement.WindowFrom);
    }

    [Fact]
    public void WindowEndingAfterTheAnnouncementIsRejected()
    {
        var announcement = MadeOn(Jan(15));

        Rule.Broken("WindowTo", () => announcement.SetWindow(Jan(10), Jan(16)), "cannot end after the announcement");
        Assert.Null(announcement.WindowTo);
    }

    [Fact]
    public void WindowEndingOnTheAnnouncementDateIsAccepted()
    {
        var announcement = MadeOn(Jan(15));

        announcement.SetWindow(Jan(8), Jan(15));

        Assert.Equal(Jan(8), announcement.WindowFrom);
        Assert.Equal(Jan(15), announcement.WindowTo);
    }

    [Fact]
    public void OpenEndedWindowIsAccepted()
    {
        var announcement = MadeOn(Jan(15));

        announcement.SetWindow(Dec(1), null);

        Assert.Equal(Dec(1), announcement.WindowFrom);
        Assert.Null(announcement.WindowTo);
    }

    [Fact]
    public void RevisingTheDateToBeforeTheWindowEndIsRejectedAndChangesNothing()
    {
        var announcement = MadeOn(Jan(15));
        announcement.SetWindow(Jan(8), Jan(12));

        Rule.Broken("WindowTo",
            () => announcement.Revise("Other", null, Government, AnnouncementRole.Claim, Jan(10), ClaimKind.Detained, Hundred, "everyone", Today),
            "cannot end after the announcement");
        Assert.Equal(Jan(15), announcement.Date);
        Assert.Equal("Minister", announcement.Speaker);
        Assert.Equal(ClaimKind.Released, announcement.Claim);
    }

    [Fact]
    public void QuoteNeedsItsLanguage()
    {
        var announcement = MadeOn(Jan(15));

        Rule.Broken("QuoteLanguage", () => announcement.SetQuote("Han sido liberados", null, null), "language");
        announcement.SetQuote("Han sido liberados", "ES", "They have been released");
        Assert.Equal("es", announcement.QuoteLanguage);
    }
}
