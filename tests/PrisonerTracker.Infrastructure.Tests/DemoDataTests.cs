using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Infrastructure.DemoData;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class DemoDataTests(DatabaseFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task LoadingTwiceChangesNothing()
    {
        await using (var db = fixture.CreateContext()) Assert.True((await DemoDataLoader.LoadAsync(db)).Loaded);
        await using (var db = fixture.CreateContext()) Assert.False((await DemoDataLoader.LoadAsync(db)).Loaded);

        await using var check = fixture.CreateContext();
        Assert.Equal(13, await check.Detainees.CountAsync());
        Assert.Equal(26, await check.Events.CountAsync());
        Assert.Equal(14, await check.Announcements.CountAsync());
        Assert.Equal(12, await check.Organisations.CountAsync());
        Assert.Equal(2, await check.Facilities.CountAsync());
        Assert.Equal(5, await check.Sources.CountAsync());
        Assert.Equal(1, await check.Detainees.CountAsync(d => d.Name == "Rocío San Miguel"));
    }

    [Fact]
    public async Task EveryDemoEventIsApprovedAndCitesASeedArticle()
    {
        await using (var db = fixture.CreateContext()) await DemoDataLoader.LoadAsync(db);
        await using var check = fixture.CreateContext();

        var events = await check.Events.Include(e => e.Sources).ToListAsync();

        Assert.All(events, e => Assert.Equal(ReviewState.Approved, e.ReviewState));
        Assert.All(events, e => Assert.Contains(e.Sources, s => s.DocumentName!.StartsWith("seeds/", StringComparison.Ordinal)));
        Assert.All(events, e => Assert.NotEqual(e.EnteredBy, e.ReviewedBy));
    }

    [Theory]
    [InlineData("2026-01-07", DetaineeStatus.Held)]
    [InlineData("2026-01-13", DetaineeStatus.ReleasedConditional)]
    public async Task RocioSanMiguelStatusFollowsHerReleaseOnTheEighth(string date, DetaineeStatus expected)
    {
        await using (var db = fixture.CreateContext()) await DemoDataLoader.LoadAsync(db);
        await using var check = fixture.CreateContext();
        var asOf = DateOnly.Parse(date);
        var rocio = await check.Detainees.Include(d => d.Events).SingleAsync(d => d.Name == "Rocío San Miguel");

        var fromRules = rocio.StatusOn(asOf);
        var fromSql = await check.Database
            .SqlQuery<string>($"SELECT status AS \"Value\" FROM detainee_status_on({asOf}, 'Verified') WHERE detainee_id = {rocio.Id}")
            .SingleAsync();

        Assert.Equal(expected, fromRules.Status);
        Assert.Equal(expected.ToString(), fromSql);
    }

    [Fact]
    public async Task PeopleOnlyClaimedReleasedStayHeldWithAnUnverifiedRelease()
    {
        await using (var db = fixture.CreateContext()) await DemoDataLoader.LoadAsync(db);
        await using var check = fixture.CreateContext();
        var guanipa = await check.Detainees.Include(d => d.Events).SingleAsync(d => d.Name == "Juan Pablo Guanipa");

        var status = guanipa.StatusOn(new DateOnly(2026, 1, 13));

        Assert.Equal(DetaineeStatus.Held, status.Status);
        Assert.Equal(DetaineeStatus.ReleasedConditional, status.UnverifiedStatus);
        Assert.Equal(Confidence.Claimed, status.Unverified!.Confidence);
    }
}
