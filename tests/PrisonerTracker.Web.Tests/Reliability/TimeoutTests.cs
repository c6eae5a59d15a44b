using System.Net;
using Microsoft.AspNetCore.Hosting;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Reliability;

/// <summary>
/// A slow statement or a slow request cannot hold a connection while others queue: PostgreSQL cancels
/// the statement (statement_timeout) and the app cancels the request, each answered 503 with
/// Retry-After as problem details. Tiny limits stand in for a slow query.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class TimeoutTests(TrackerApp app) : IAsyncLifetime
{
    private const string Slow = "/api/v1/stats/timeseries?from=2025-01-01&to=2026-01-31&interval=day";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task StatementOverTheTimeoutIsCancelledAndAnsweredServiceUnavailable()
    {
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Database:StatementTimeoutMilliseconds", "1"));
        var response = await limited.CreateClient().GetAsync(Slow);

        await AssertUnavailableAsync(response);
    }

    [Fact]
    public async Task RequestOverTheTimeoutIsAnsweredServiceUnavailable()
    {
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("RequestTimeoutMilliseconds", "1"));
        var response = await limited.CreateClient().GetAsync(Slow);

        await AssertUnavailableAsync(response);
    }

    [Fact]
    public async Task OrdinaryRequestsAreUnaffectedByTheDefaultLimits()
    {
        var response = await app.CreateClient().GetAsync(Slow);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("Npgsql", await response.Content.ReadAsStringAsync());
    }
}
