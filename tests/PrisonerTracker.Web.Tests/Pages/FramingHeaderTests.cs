using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>Only the embeddable charts may be framed by other sites.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class FramingHeaderTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/")]
    [InlineData("/?asOf=2026-01-13")]
    [InlineData("/no-such-page")]
    [InlineData("/api/v1/detainees")]
    [InlineData("/css/site.css")]
    public async Task OrdinaryPagesMayOnlyBeFramedByThisSite(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.EndsWith("; frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task EmbeddableChartMayBeFramedByAnySite()
    {
        var response = await app.CreateClient().GetAsync("/embed/timeseries?from=2026-01-05&to=2026-01-22");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.EndsWith("; frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
