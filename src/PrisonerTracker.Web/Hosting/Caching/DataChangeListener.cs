using Microsoft.AspNetCore.OutputCaching;
using Npgsql;
using PrisonerTracker.Web.Hosting.ScaleOut;

namespace PrisonerTracker.Web.Hosting.Caching;

/// <summary>
/// Listens for PostgreSQL's <c>tracker_data_changed</c> notifications (sent at commit by the triggers
/// of Sql/06_change_notifications.sql) and evicts the public output cache: writes by another
/// instance, a command or plain SQL show at once too. After a lost connection it evicts everything
/// once it is back, since notifications sent meanwhile were missed. Kept with a Redis cache too
/// (whose entries every instance shares, so the writer's own eviction reaches all): commands and
/// plain SQL evict through it. Listens on the primary: standbys neither send nor relay notifications.
/// </summary>
public sealed class DataChangeListener(DatabaseConnections connections, IOutputCacheStore store, ReplicaCatchUp replicas, ILogger<DataChangeListener> log)
    : BackgroundService
{
    public const string Channel = "tracker_data_changed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Its own connection, outside the pool: LISTEN holds it for the life of the process.
        var builder = new NpgsqlConnectionStringBuilder(connections.Primary) { Pooling = false, KeepAlive = 30 };
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) =>
                {
                    replicas.DataChanged();
                    _ = store.EvictByTagAsync(PublicOutputCachePolicy.Tag, CancellationToken.None);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                await store.EvictByTagAsync(PublicOutputCachePolicy.Tag, stoppingToken);
                delay = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                log.LogWarning("Listening for data changes failed ({Error}); retrying in {Delay}", e.GetType().Name, delay);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }
}
