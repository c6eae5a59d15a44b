using Microsoft.AspNetCore.OutputCaching;
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
    /// <summary>Redis not answering, however the client says it (some callers wrap it in an AggregateException).</summary>
    public static bool IsOutage(Exception e) =>
        e is RedisException or TimeoutException || (e is AggregateException all && all.InnerExceptions.All(IsOutage));

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
        // Start even while Redis is still coming up; the client reconnects by itself. While it is
        // disconnected, commands fail at once (and the callers fall back) instead of queueing for seconds.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        var redis = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
        builder.Services.AddSingleton(_ => redis.Value);
        builder.Services.AddStackExchangeRedisOutputCache(cache =>
        {
            // Its own connection: the store disposes the one it holds after connection errors and connects
            // again, which would break a connection shared with the rate limiters.
            cache.ConfigurationOptions = options.Clone();
            // Several apps may share one Redis; every key of ours starts with this.
            cache.InstanceName = "pt:output:";
        });
        var redisStore = builder.Services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        builder.Services.Remove(redisStore);
        builder.Services.AddSingleton<IOutputCacheStore>(services => new FailSoftOutputCacheStore(
            (IOutputCacheStore)(redisStore.ImplementationInstance ?? redisStore.ImplementationFactory?.Invoke(services)
                ?? ActivatorUtilities.CreateInstance(services, redisStore.ImplementationType!)),
            services.GetRequiredService<ILogger<FailSoftOutputCacheStore>>()));
        builder.Services.AddSingleton<IRecentWrites>(_ => new RedisRecentWrites(redis.Value, window));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }
}

/// <summary>
/// Degraded, not unhealthy, without Redis: every instance shares it, so taking instances out of
/// rotation would turn its outage into a total one, and each instance copes meanwhile (no output
/// cache, rate limits counted per instance, API keys reading the primary). Page about it (docs/operations.md).
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
        catch (Exception e) when (RedisSetup.IsOutage(e))
        {
            return HealthCheckResult.Degraded("Redis does not answer.", e);
        }
    }
}
