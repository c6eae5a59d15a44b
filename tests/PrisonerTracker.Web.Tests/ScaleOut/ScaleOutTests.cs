using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// Two instances behind one (imagined) load balancer: a session works on both, a write on one
/// shows on the other's cached pages at once, the rate limit is one budget, anonymous reads are
/// served by the standby.
/// </summary>
[Trait("Category", "ScaleOut")]
[Collection(ScaleOutCollection.Name)]
public sealed class ScaleOutTests(ScaleOutCluster cluster)
{
    private const string Dashboard = "/?asOf=2026-01-31";

    [Fact]
    public async Task ASessionSignedInOnOneInstanceWritesThroughTheOther()
    {
        var browser = new SharedCookies();
        var onA = browser.ClientFor(cluster.A);
        var onB = browser.ClientFor(cluster.B);
        var signedIn = await onA.SignInAsync(ScaleOutCluster.AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("signin", signedIn.Headers.Location?.ToString() ?? "signin", StringComparison.OrdinalIgnoreCase);

        var created = await onB.PostFormAsync("/workspace/admin/organisations",
            new() { ["Input.Name"] = "Observatorio Scale-out", ["Input.Kind"] = "Ngo" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Observatorio Scale-out", await onA.GetStringAsync("/workspace/admin/organisations"));
    }

    [Fact]
    public async Task AWriteOnOneInstanceShowsOnTheOthersCachedDashboardWithinASecond()
    {
        var reader = new SharedCookies().ClientFor(cluster.B);
        await reader.GetStringAsync(Dashboard);
        var cached = await reader.GetAsync(Dashboard);
        Assert.NotNull(cached.Headers.Age);
        var before = PageFigures.Value(await cached.Content.ReadAsStringAsync(), "held");

        await cluster.RecordApprovedArrestAsync(cluster.A, "Scale-out Cached Person");

        // The bound: every instance shows the change within one second of the write.
        var deadline = DateTime.UtcNow.AddSeconds(1);
        var held = PageFigures.Value(await reader.GetStringAsync(Dashboard), "held");
        while (held == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            held = PageFigures.Value(await reader.GetStringAsync(Dashboard), "held");
        }
        Assert.Equal(before + 1, held);
    }

    [Fact]
    public async Task TheRateLimitIsOneBudgetForBothInstances()
    {
        var client = SharedCookies.RandomAddress();
        var onA = new SharedCookies().ClientFor(cluster.A, client);
        var onB = new SharedCookies().ClientFor(cluster.B, client);
        // Half the budget on each instance: a per-instance count would still allow more.
        for (var i = 0; i < ScaleOutCluster.AnonymousApiPerMinute; i++)
        {
            var response = await (i % 2 == 0 ? onA : onB).GetAsync("/api/v1/stats/summary?asOf=2026-01-20");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal((ScaleOutCluster.AnonymousApiPerMinute - i - 1).ToString(), response.Headers.GetValues("X-RateLimit-Remaining").Single());
        }

        var refused = await onB.GetAsync("/api/v1/stats/summary?asOf=2026-01-20");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("0", refused.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task AnonymousReadsAreServedByTheStandby()
    {
        var reader = new SharedCookies().ClientFor(cluster.B);

        // A query of its own: not in the cache, so the instance reads the database.
        var response = await reader.GetAsync($"/detainees?asOf=2026-01-2{Random.Shared.Next(0, 10)}&q=standby{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var onStandby = await cluster.Postgres.ScalarAsync(cluster.Postgres.StandbyPort,
            $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{ScaleOutCluster.DatabaseName}' AND usename = 'tracker_app'");
        Assert.True((long)onStandby! > 0, "no connection of the app on the standby");
    }
}
