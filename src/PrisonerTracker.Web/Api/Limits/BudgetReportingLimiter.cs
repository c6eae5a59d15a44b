using System.Threading.RateLimiting;

namespace PrisonerTracker.Web.Api.Limits;

/// <summary>
/// The API's limiter, remembering in the request what its lease said was left. The in-process
/// limiter can report its budget at any time; the Redis one cannot (its statistics are not
/// implemented), but each lease it grants carries the count, which is what the headers need.
/// </summary>
public sealed class BudgetReportingLimiter(PartitionedRateLimiter<HttpContext> inner) : PartitionedRateLimiter<HttpContext>
{
    private const string RemainingItem = "pt:rate-limit-remaining";
    /// <summary>The Redis limiter's name for it (RedisRateLimiting's RateLimitMetadataName.Remaining).</summary>
    private const string RemainingMetadata = "RATELIMIT_REMAINING";

    public override RateLimiterStatistics? GetStatistics(HttpContext resource)
    {
        if (resource.Items[RemainingItem] is long remaining) return new RateLimiterStatistics { CurrentAvailablePermits = remaining };
        try
        {
            return inner.GetStatistics(resource);
        }
        catch (NotImplementedException)
        {
            return null;
        }
    }

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        Remember(resource, inner.AttemptAcquire(resource, permitCount));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        Remember(resource, await inner.AcquireAsync(resource, permitCount, cancellationToken));

    private static RateLimitLease Remember(HttpContext resource, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(RemainingMetadata, out var remaining) && remaining is not null)
            resource.Items[RemainingItem] = Convert.ToInt64(remaining, System.Globalization.CultureInfo.InvariantCulture);
        return lease;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
