using System.Collections.Concurrent;
using StackExchange.Redis;

namespace PrisonerTracker.Web.Hosting.ScaleOut;

/// <summary>
/// Which API keys wrote in the last few seconds (<c>Database:ReadYourWritesSeconds</c>): their reads
/// go to the primary meanwhile, so a script never reads a standby that has not yet replayed its own
/// write. In Redis when it is configured (every instance sees the mark), in this process otherwise.
/// </summary>
public interface IRecentWrites
{
    ValueTask MarkAsync(string writer);

    ValueTask<bool> WroteRecentlyAsync(string writer);
}

/// <summary>While Redis does not answer, every key counts as having just written: reads go to the primary, never stale.</summary>
public sealed class RedisRecentWrites(IConnectionMultiplexer redis, TimeSpan window) : IRecentWrites
{
    private static RedisKey Key(string writer) => $"pt:recent-write:{writer}";

    public async ValueTask MarkAsync(string writer)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(Key(writer), 1, window);
        }
        catch (Exception e) when (RedisSetup.IsOutage(e))
        {
            // Unmarked, but WroteRecentlyAsync sends every key to the primary until Redis is back.
        }
    }

    public async ValueTask<bool> WroteRecentlyAsync(string writer)
    {
        try
        {
            return await redis.GetDatabase().KeyExistsAsync(Key(writer));
        }
        catch (Exception e) when (RedisSetup.IsOutage(e))
        {
            return true;
        }
    }
}

public sealed class LocalRecentWrites(TimeProvider clock, TimeSpan window) : IRecentWrites
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new();

    public ValueTask MarkAsync(string writer)
    {
        var now = clock.GetUtcNow();
        // Forget the expired now and then, so that a long-running process does not keep every key it ever saw.
        if (_until.Count > 10_000)
            foreach (var (key, until) in _until) if (until <= now) _until.TryRemove(key, out _);
        _until[writer] = now + window;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> WroteRecentlyAsync(string writer) =>
        ValueTask.FromResult(_until.TryGetValue(writer, out var until) && until > clock.GetUtcNow());
}
