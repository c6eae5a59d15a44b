using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PrisonerTracker.Web.Api.Access;

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
    public static void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        options.OnRejected = OnRejectedAsync;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api")) return RateLimitPartition.GetNoLimiter("");
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        var keyId = context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value;
        return keyId is not null
            ? RateLimitPartition.GetFixedWindowLimiter($"key:{keyId}", _ => PerMinute(settings.KeyPerMinute))
            : RateLimitPartition.GetFixedWindowLimiter($"ip:{context.Connection.RemoteIpAddress}", _ => PerMinute(settings.AnonymousPerMinute));
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : 60;
        rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        await Problems.WriteAsync(rejected.HttpContext, Problems.Details(StatusCodes.Status429TooManyRequests,
            "Too many requests.", $"The rate limit was reached; retry after {Math.Max(1, seconds)} seconds."));
    }
}
