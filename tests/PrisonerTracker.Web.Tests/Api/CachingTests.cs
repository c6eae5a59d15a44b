using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>Conditional GETs: a list's weak tag and a record's strong tag both answer 304 until something changes.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class CachingTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ApiKeysAreNeverAnsweredFromACache()
    {
        var admin = await app.ClientWithKeyAsync(PrisonerTracker.Web.Api.StaffRole.Admin);
        var response = await admin.GetAsync("/api/v1/api-keys");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task ETagAnswersNotModifiedUntilDataChanges()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/api/v1/detainees?status=held");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/detainees?status=held");
        again.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        await app.AddAsync("New Arrival");
        var changed = new HttpRequestMessage(HttpMethod.Get, "/api/v1/detainees?status=held");
        changed.Headers.IfNoneMatch.Add(tag);
        var response = await client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(tag, response.Headers.ETag);
    }

    [Fact]
    public async Task ProfileAnswersNotModifiedToItsOwnETagUntilItsTimelineChanges()
    {
        var client = app.CreateClient();
        var id = await app.AddAsync("Cached Person");
        var first = await client.GetAsync($"/api/v1/detainees/{id}");
        var tag = first.Headers.ETag!;
        Assert.False(tag.IsWeak);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/detainees/{id}");
        again.Headers.IfNoneMatch.Add(tag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);

        // A new approved event changes the profile's timeline, and so its tag.
        await using (var db = app.CreateDbContext())
        {
            var person = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == id);
            var release = person.RecordRelease(new EventDetails(new DateOnly(2026, 1, 20), Confidence.Verified, "entry"), app.Clock.GetUtcNow());
            person.ReviewEvent(release.Id, "review", approve: true, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        var changed = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/detainees/{id}");
        changed.Headers.IfNoneMatch.Add(tag);
        var response = await client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(tag, response.Headers.ETag);
    }
}
