using System.Threading.Channels;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;
using PrisonerTracker.Web.Hosting.Caching;

namespace PrisonerTracker.Web.Hosting.ScaleOut;

/// <summary>
/// With standbys, the eviction at commit is not enough: an anonymous reader arriving a few
/// milliseconds later may read a standby that has not replayed the commit yet, and its answer would
/// be cached for minutes. So after every data change this evicts once more, as soon as every standby
/// has replayed the primary's WAL up to where it stood after the change (or after
/// <see cref="GiveUpAfter"/>, when a standby is stuck or down: its reads fail over to the primary).
/// Changes arriving meanwhile fold into one wait.
/// </summary>
public sealed class ReplicaCatchUp(DatabaseConnections connections, IOutputCacheStore store, ILogger<ReplicaCatchUp> log) : BackgroundService
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Data changed on the primary (a commit here, or a notification from elsewhere).</summary>
    public void DataChanged()
    {
        if (connections.HasReplicas) _changes.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!connections.HasReplicas) return;
        var standbys = DatabaseConnections.SingleHosts(connections.ReadOnly!).ToList();
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                _changes.Reader.TryRead(out _);
                try
                {
                    var target = await PrimaryPositionAsync(stoppingToken);
                    var deadline = DateTime.UtcNow + GiveUpAfter;
                    while (!await ReplayedEverywhereAsync(standbys, target, stoppingToken) && DateTime.UtcNow < deadline)
                        await Task.Delay(PollEvery, stoppingToken);
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException)
                {
                    log.LogWarning("Could not follow the standbys' replay ({Error}); evicting the cache anyway", e.GetType().Name);
                }
                await store.EvictByTagAsync(PublicOutputCachePolicy.Tag, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<NpgsqlTypes.NpgsqlLogSequenceNumber> PrimaryPositionAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connections.Primary);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()", connection);
        return (NpgsqlTypes.NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>True when no reachable standby is behind <paramref name="target"/>; a primary in the list or an unreachable host does not hold it up.</summary>
    private static async Task<bool> ReplayedEverywhereAsync(List<string> hosts, NpgsqlTypes.NpgsqlLogSequenceNumber target, CancellationToken ct)
    {
        foreach (var host in hosts)
        {
            try
            {
                await using var connection = new NpgsqlConnection(host);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand(
                    "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() END", connection);
                if (await command.ExecuteScalarAsync(ct) is NpgsqlTypes.NpgsqlLogSequenceNumber replayed && replayed < target) return false;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                // Down: Npgsql sends its reads elsewhere meanwhile. (One coming back may serve reads while it
                // still catches up: docs/operations.md says to keep it out of the host list until it has.)
            }
        }
        return true;
    }
}
