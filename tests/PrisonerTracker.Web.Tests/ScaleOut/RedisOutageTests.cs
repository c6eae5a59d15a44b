using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Hosting.ScaleOut;
using PrisonerTracker.Web.Tests.Support;
using StackExchange.Redis;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>The app configured with a Redis that does not answer: it serves everything, uncached, and says it is degraded.</summary>
public sealed class RedisDownApp : TrackerApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A free port nobody listens on.
        builder.UseSetting("ConnectionStrings:Redis", $"127.0.0.1:{PostgresPair.FreePort()},connectTimeout=300");
    }
}

public sealed class RedisOutageTests(RedisDownApp app) : IClassFixture<RedisDownApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PagesAndTheApiAnswerWhileRedisIsDown()
    {
        var reader = app.CreateClient();
        var writer = await app.ClientWithKeyAsync(StaffRole.Editor, "Outage desk");

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/?asOf=2026-01-20")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/stats/summary?asOf=2026-01-20")).StatusCode);
        var second = await reader.GetAsync("/api/v1/stats/summary?asOf=2026-01-20");
        Assert.Null(second.Headers.Age);
        var created = await writer.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Outage Test Person" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task ReadinessIsDegradedNotUnhealthyWhileRedisIsDown()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALimitCountsInThisProcessWhileRedisIsDown()
    {
        using var limiter = new FailSoftRateLimiter(new UnreachableRedisLimiter(), new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = 2, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

        var granted = new List<bool>();
        for (var i = 0; i < 3; i++)
            using (var lease = await limiter.AcquireAsync()) granted.Add(lease.IsAcquired);

        Assert.Equal([true, true, false], granted);
    }

    private sealed class UnreachableRedisLimiter : RateLimiter
    {
        public override TimeSpan? IdleDuration => null;
        public override RateLimiterStatistics? GetStatistics() => null;
        protected override RateLimitLease AttemptAcquireCore(int permitCount) => throw Down();
        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) => throw Down();
        private static RedisConnectionException Down() => new(ConnectionFailureType.UnableToConnect, "test: Redis is down");
    }
}
