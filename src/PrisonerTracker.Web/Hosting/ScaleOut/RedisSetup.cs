using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace PrisonerTracker.Web.Hosting.ScaleOut;

/// <summary>
/// With <c>ConnectionStrings:Redis</c>, what instances must share lives in Redis: the public output
/// cache (a write on one instance evicts every instance's pages, since they are the same entries),
/// rate-limit counters and the read-your-writes marks. Without it, all of that stays in memory and a
/// single instance behaves exactly as before; several instances then still evict each other's caches
/// through PostgreSQL notifications, but each counts its own rate limits.
/// </summary>
public static class RedisSetup
{
    public static WebApplicationBuilder AddTrackerRedis(this WebApplicationBuilder builder)
    {
        var window = TimeSpan.FromSeconds(Math.Max(1, builder.Configuration.GetValue("Database:ReadYourWritesSeconds", 10)));
        var configuration = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(configuration))
        {
            builder.Services.AddSingleton<IRecentWrites>(services => new LocalRecentWrites(services.GetRequiredService<TimeProvider>(), window));
            return builder;
        }

        var options = ConfigurationOptions.Parse(configuration);
        // Start even while Redis is still coming up; the client reconnects by itself.
        options.AbortOnConnectFail = false;
        var redis = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
        builder.Services.AddSingleton(_ => redis.Value);
        builder.Services.AddStackExchangeRedisOutputCache(cache =>
        {
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Value);
            // Several apps may share one Redis; every key of ours starts with this.
            cache.InstanceName = "pt:output:";
        });
        builder.Services.AddSingleton<IRecentWrites>(_ => new RedisRecentWrites(redis.Value, window));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }
}

/// <summary>
/// Not ready without Redis: rate limits and the cache depend on it, so an instance that cannot reach
/// it would answer errors. Every instance shares one Redis, so this is an outage to page about, not a
/// single instance to take out of rotation (docs/operations.md).
/// </summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", e);
        }
    }
}
