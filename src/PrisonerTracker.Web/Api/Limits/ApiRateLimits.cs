using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Hosting.ScaleOut;

namespace PrisonerTracker.Web.Api.Limits;

/// <summary>Requests per minute, from configuration section <c>RateLimiting</c>.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Per client IP address, for callers without a key.</summary>
    public int AnonymousPerMinute { get; set; } = 300;

    /// <summary>Per API key.</summary>
    public int KeyPerMinute { get; set; } = 3000;
}

/// <summary>
/// Fixed one-minute windows on the API: anonymous callers share a budget per IP address,
/// each API key has its own, larger one. Refusals are 429 problem details with Retry-After.
/// </summary>
public static class ApiRateLimits
{
    /// <summary>Requests the caller may make in a one-minute window (theirs: per key, or per address without one).</summary>
    public const string LimitHeader = "X-RateLimit-Limit";

    /// <summary>Requests left in the caller's current window, this one counted.</summary>
    public const string RemainingHeader = "X-RateLimit-Remaining";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        // One limiter, shared by the rate-limiting middleware and the headers that report its state;
        // its counters are in Redis when configured (Hosting/ScaleOut/SharedRateLimits), so every instance shares them.
        services.AddSingleton<PartitionedRateLimiter<HttpContext>>(provider =>
        {
            var redis = provider.GetService<StackExchange.Redis.IConnectionMultiplexer>();
            return new BudgetReportingLimiter(PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, redis)));
        });
        services.AddRateLimiter(options => options.OnRejected = OnRejectedAsync);
        services.AddOptions<RateLimiterOptions>()
            .Configure<PartitionedRateLimiter<HttpContext>>((options, limiter) => options.GlobalLimiter = limiter);
        return services;
    }

    /// <summary>Tells every API caller their budget and what is left of it, so scripts can pace themselves before a 429.</summary>
    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder api) => api.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var limiter = context.RequestServices.GetRequiredService<PartitionedRateLimiter<HttpContext>>();
            var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
            var limit = Math.Max(1, IsKey(context) ? settings.KeyPerMinute : settings.AnonymousPerMinute);
            var remaining = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? limit;
            context.Response.Headers[LimitHeader] = limit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers[RemainingHeader] = Math.Clamp(remaining, 0, limit).ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    });

    private static bool IsKey(HttpContext context) => context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim) is not null;

    private static RateLimitPartition<string> Partition(HttpContext context, StackExchange.Redis.IConnectionMultiplexer? redis)
    {
        if (!context.Request.Path.StartsWithSegments("/api")) return RateLimitPartition.GetNoLimiter("");
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        var keyId = context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value;
        return keyId is not null
            ? SharedRateLimits.PerMinute(redis, $"key:{keyId}", settings.KeyPerMinute)
            : SharedRateLimits.PerMinute(redis, $"ip:{context.Connection.RemoteIpAddress}", settings.AnonymousPerMinute);
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var seconds = SharedRateLimits.RetryAfterSeconds(rejected.Lease);
        rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        await Problems.WriteAsync(rejected.HttpContext, Problems.Details(StatusCodes.Status429TooManyRequests,
            "Too many requests.", $"The rate limit was reached; retry after {Math.Max(1, seconds)} seconds."));
    }
}
