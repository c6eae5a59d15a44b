using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class EventPersistenceTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 1, 20, 12, 0, 0, TimeSpan.Zero);
    private Guid _detaineeId;

    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await using var db = fixture.CreateContext();
        var person = new Detainee(new PersonalDetails("Persona de Prueba"));
        person.RecordArrest(new EventDetails(new DateOnly(2025, 6, 1), Confidence.Verified, "editor"), Now);
        db.Detainees.Add(person);
        await db.SaveChangesAsync();
        _detaineeId = person.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReleaseBeforeArrestIsRejectedAndNothingIsStored()
    {
        await AssertRejectedAndNothingStored(new DateOnly(2025, 5, 1), "Date");
    }

    [Fact]
    public async Task EventDatedInTheFutureIsRejectedAndNothingIsStored()
    {
        await AssertRejectedAndNothingStored(new DateOnly(2026, 1, 21), "Date");
    }

    [Fact]
    public async Task ValidReleaseIsStoredPendingReview()
    {
        await using (var db = fixture.CreateContext())
        {
            var person = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == _detaineeId);
            person.RecordRelease(new EventDetails(new DateOnly(2026, 1, 8), Confidence.Verified, "editor", Conditions: "Ban on speaking"), Now);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext();
        var release = await check.Events.SingleAsync(e => e.Kind == EventKind.ReleasedConditional);
        Assert.Equal(ReviewState.Pending, release.ReviewState);
        Assert.Equal("Ban on speaking", release.Conditions);
        Assert.Equal(new DateOnly(2026, 1, 8), release.EventDate);
    }

    private async Task AssertRejectedAndNothingStored(DateOnly releaseDate, string field)
    {
        await using (var db = fixture.CreateContext())
        {
            var person = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == _detaineeId);
            var error = Assert.Throws<DomainRuleException>(() =>
                person.RecordRelease(new EventDetails(releaseDate, Confidence.Verified, "editor"), Now));
            Assert.Equal(field, error.Field);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext();
        Assert.Equal(1, await check.Events.CountAsync());
    }
}
