using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace PrisonerTracker.Web.Hosting.ScaleOut;

/// <summary>
/// One-minute fixed windows, counted in Redis when it is configured (every instance draws on the
/// same budget: a client cannot multiply its allowance by the number of instances behind the load
/// balancer) and in this process otherwise. Redis limiters only answer asynchronously: callers use
/// <c>AcquireAsync</c> (the rate-limiting middleware falls back to it by itself).
/// </summary>
public static class SharedRateLimits
{
    public static RateLimitPartition<string> PerMinute(IConnectionMultiplexer? redis, string key, int permits)
    {
        permits = Math.Max(1, permits);
        var local = new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        if (redis is null) return RateLimitPartition.GetFixedWindowLimiter(key, _ => local);
        var shared = new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
        };
        return RateLimitPartition.Get(key, partition =>
            new FailSoftRateLimiter(new RedisFixedWindowRateLimiter<string>($"pt:{partition}", shared), new FixedWindowRateLimiter(local)));
    }

    /// <summary>Seconds until a refused caller may try again, whichever limiter refused (the Redis one says it in whole seconds, under its own name).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var span)) return (int)Math.Ceiling(span.TotalSeconds);
        return lease.TryGetMetadata(RedisRetryAfter, out var raw) && raw is int or long
            ? Convert.ToInt32(raw, System.Globalization.CultureInfo.InvariantCulture)
            : 60;
    }

    private const string RedisRetryAfter = "RATELIMIT_RETRYAFTER";
}
