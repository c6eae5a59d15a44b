using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>HEAD answers like GET, headers and all, without the body: a client can check a tag or a size cheaply.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class HeadRequestTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/v1/detainees?limit=2", "application/json")]
    [InlineData("/api/v1/detainees/{rocio}", "application/json")]
    [InlineData("/api/v1/detainees?format=csv", "text/csv")]
    [InlineData("/api/v1/stats/timeseries?from=2026-01-01&to=2026-01-31&format=csv", "text/csv")]
    public async Task AnswersWithTheHeadersOfGetAndNoBody(string path, string mediaType)
    {
        var url = path.Replace("{rocio}", (await app.DetaineeIdAsync("Rocío San Miguel")).ToString());
        var client = app.CreateClient();
        var get = await client.GetAsync(url);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.NotNull(head.Headers.ETag);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.Contains("Link"), head.Headers.Contains("Link"));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnswersNotModifiedToTheTagOfGet()
    {
        var client = app.CreateClient();
        var tag = (await client.GetAsync("/api/v1/facilities")).Headers.ETag!;
        var head = new HttpRequestMessage(HttpMethod.Head, "/api/v1/facilities");
        head.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(head)).StatusCode);
    }

    [Fact]
    public async Task AnswersNotFoundAsProblemWithoutBodyGivenUnknownId()
    {
        var head = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/detainees/{Guid.NewGuid()}"));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal("application/problem+json", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task WriteOnlyEndpointStillRefusesHead()
    {
        var head = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/events/{Guid.NewGuid()}/review"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }
}
