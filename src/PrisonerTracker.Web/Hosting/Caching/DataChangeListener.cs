using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace PrisonerTracker.Web.Hosting.Caching;

/// <summary>
/// Listens for PostgreSQL's <c>tracker_data_changed</c> notifications (sent at commit by the triggers
/// of Sql/06_change_notifications.sql) and evicts the public output cache: writes by another
/// instance, a command or plain SQL show at once too. After a lost connection it evicts everything
/// once it is back, since notifications sent meanwhile were missed.
/// </summary>
public sealed class DataChangeListener(IConfiguration configuration, IOutputCacheStore store, ILogger<DataChangeListener> log) : BackgroundService
{
    public const string Channel = "tracker_data_changed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString("Tracker");
        if (string.IsNullOrEmpty(connectionString)) return;
        // Its own connection, outside the pool: LISTEN holds it for the life of the process.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 };
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => _ = store.EvictByTagAsync(PublicOutputCachePolicy.Tag, CancellationToken.None);
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
