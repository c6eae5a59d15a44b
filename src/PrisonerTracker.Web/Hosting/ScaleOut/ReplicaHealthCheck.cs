using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace PrisonerTracker.Web.Hosting.ScaleOut;

/// <summary>
/// Readiness of the standbys: degraded, never unhealthy, when one is down or not a standby, since
/// Npgsql sends reads to the remaining hosts (the primary last) and the instance still answers
/// everything. /health/ready stays 200 with "Degraded": keep the instance in rotation, page the DBA.
/// Says how many hosts are down, never which (the answer is public).
/// </summary>
public sealed class ReplicaHealthCheck(DatabaseConnections connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!connections.HasReplicas) return HealthCheckResult.Healthy();
        var hosts = DatabaseConnections.SingleHosts(connections.ReadOnly!).ToList();
        var down = 0;
        var standbys = 0;
        foreach (var host in hosts)
        {
            try
            {
                await using var connection = new NpgsqlConnection(host);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
                if (await command.ExecuteScalarAsync(cancellationToken) is true) standbys++;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                down++;
            }
        }
        return down == 0 && standbys > 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"{down} of {hosts.Count} read hosts unreachable, {standbys} standing by.");
    }
}
