using System.Net;
using Microsoft.AspNetCore.Hosting;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>Every API answer tells the caller their budget and what is left of it, refusals included.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class RateLimitHeaderTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CountsDownToZeroAndRefusesWithRetryAfter()
    {
        await using var limited = app.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:AnonymousPerMinute", "3").UseSetting("RateLimiting:KeyPerMinute", "5"));
        var anonymous = limited.CreateClient();

        Assert.Equal(("3", "2"), Budget(await anonymous.GetAsync("/api/v1/facilities")));
        Assert.Equal(("3", "1"), Budget(await anonymous.GetAsync("/api/v1/no-such-thing")));
        Assert.Equal(("3", "0"), Budget(await anonymous.GetAsync("/api/v1/detainees?limit=0")));
        var refused = await anonymous.GetAsync("/api/v1/facilities");
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal(("3", "0"), Budget(refused));
        Assert.NotNull(refused.Headers.RetryAfter);

        // A key's budget is its own.
        var keyed = await limited.ClientWithKeyAsync(StaffRole.Editor);
        Assert.Equal(("5", "4"), Budget(await keyed.GetAsync("/api/v1/facilities")));
    }

    [Fact]
    public async Task PagesCarryNoRateLimitHeaders()
    {
        var response = await app.CreateClient().GetAsync("/methodology");
        Assert.False(response.Headers.Contains("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task BrowsersOnOtherSitesMayReadTheBudget()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facilities");
        request.Headers.Add("Origin", "https://newsroom.example");
        var exposed = (await app.CreateClient().SendAsync(request)).Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("X-RateLimit-Limit", exposed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("X-RateLimit-Remaining", exposed, StringComparison.OrdinalIgnoreCase);
    }

    private static (string Limit, string Remaining) Budget(HttpResponseMessage response) =>
        (response.Headers.GetValues("X-RateLimit-Limit").Single(), response.Headers.GetValues("X-RateLimit-Remaining").Single());
}
