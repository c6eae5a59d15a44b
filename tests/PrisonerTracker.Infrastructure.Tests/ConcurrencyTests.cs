using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class ConcurrencyTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private Guid _id;

    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await using var db = fixture.CreateContext();
        var person = new Detainee(new PersonalDetails("Persona Concurrente"));
        db.Detainees.Add(person);
        await db.SaveChangesAsync();
        _id = person.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SecondOfTwoConcurrentUpdatesRaisesAConflict()
    {
        await using var first = fixture.CreateContext();
        await using var second = fixture.CreateContext();
        var mine = await first.Detainees.SingleAsync(d => d.Id == _id);
        var theirs = await second.Detainees.SingleAsync(d => d.Id == _id);

        mine.Describe(new PersonalDetails("Persona Concurrente", Occupation: "Journalist"));
        await first.SaveChangesAsync();
        theirs.Describe(new PersonalDetails("Persona Concurrente", Occupation: "Lawyer"));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = fixture.CreateContext();
        Assert.Equal("Journalist", (await check.Detainees.SingleAsync(d => d.Id == _id)).Occupation);
    }

    [Fact]
    public async Task VersionChangesOnEverySave()
    {
        await using var db = fixture.CreateContext();
        var person = await db.Detainees.SingleAsync(d => d.Id == _id);
        var before = person.Version;

        person.Describe(new PersonalDetails("Persona Concurrente", Gender: Gender.Female));
        await db.SaveChangesAsync();

        Assert.NotEqual(before, person.Version);
    }
}
