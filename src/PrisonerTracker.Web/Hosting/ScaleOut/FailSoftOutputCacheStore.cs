using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace PrisonerTracker.Web.Hosting.ScaleOut;

/// <summary>
/// The Redis output cache, made optional at run time: while Redis does not answer, every lookup is a
/// miss and nothing is stored, so pages are computed as without a cache instead of failing. After
/// any failure an eviction is owed (this or another instance may have missed one): the first lookup
/// that reaches Redis again evicts the public pages first, so nothing cached before the outage
/// outlives a write made during it.
/// </summary>
public sealed class FailSoftOutputCacheStore(IOutputCacheStore redis, ILogger<FailSoftOutputCacheStore> log) : IOutputCacheStore
{
    private volatile bool _evictionOwed;
    private volatile bool _failing;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        return await TryAsync(async () =>
        {
            if (_evictionOwed)
            {
                await redis.EvictByTagAsync(PublicOutputCachePolicyTag, cancellationToken);
                _evictionOwed = false;
            }
            return await redis.GetAsync(key, cancellationToken);
        }, default(byte[]));
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        // Never store while an eviction is owed: the answer may have been computed before the missed write.
        if (_evictionOwed) return;
        await TryAsync(async () => { await redis.SetAsync(key, value, tags, validFor, cancellationToken); return true; }, false);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        await TryAsync(async () => { await redis.EvictByTagAsync(tag, cancellationToken); return true; }, false);

    private static string PublicOutputCachePolicyTag => Caching.PublicOutputCachePolicy.Tag;

    private async ValueTask<T> TryAsync<T>(Func<ValueTask<T>> operation, T fallback)
    {
        try
        {
            var result = await operation();
            if (_failing) log.LogWarning("Redis answers again; the output cache is back");
            _failing = false;
            return result;
        }
        catch (Exception e) when (RedisSetup.IsOutage(e))
        {
            if (!_failing) log.LogWarning("Redis does not answer ({Error}); pages are served without the output cache", e.GetType().Name);
            _failing = true;
            _evictionOwed = true;
            return fallback;
        }
    }
}
