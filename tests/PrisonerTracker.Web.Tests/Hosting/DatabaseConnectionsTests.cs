using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Hosting.ScaleOut;

namespace PrisonerTracker.Web.Tests.Hosting;

/// <summary>Which connection strings writes and reads get from the configuration, and how the standbys' readiness reads.</summary>
public sealed class DatabaseConnectionsTests
{
    private static DatabaseConnections From(string tracker, string? readOnly = null) =>
        DatabaseConnections.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tracker"] = tracker,
            ["ConnectionStrings:TrackerReadOnly"] = readOnly,
        }).Build());

    [Fact]
    public void OneHostAndNoReadOnlyStringMeansNoReplicas()
    {
        var connections = From("Host=db1;Database=pt;Username=tracker_app");

        Assert.False(connections.HasReplicas);
        Assert.Null(new NpgsqlConnectionStringBuilder(connections.Primary).TargetSessionAttributes);
    }

    [Fact]
    public void SeveralHostsWriteToThePrimaryAndReadPreferablyFromLoadBalancedStandbys()
    {
        var connections = From("Host=db1,db2:5433;Database=pt;Username=tracker_app");

        Assert.Equal("primary", new NpgsqlConnectionStringBuilder(connections.Primary).TargetSessionAttributes);
        var reads = new NpgsqlConnectionStringBuilder(connections.ReadOnly);
        Assert.Equal("prefer-standby", reads.TargetSessionAttributes);
        Assert.True(reads.LoadBalanceHosts);
        Assert.Equal("db1,db2:5433", reads.Host);
    }

    [Fact]
    public void AnExplicitReadOnlyStringIsUsedForReads()
    {
        var connections = From("Host=db1;Database=pt;Username=tracker_app", "Host=replica1;Database=pt;Username=tracker_app");

        Assert.True(connections.HasReplicas);
        Assert.Equal("replica1", new NpgsqlConnectionStringBuilder(connections.ReadOnly).Host);
    }

    [Fact]
    public async Task AnUnreachableStandbyMakesReadinessDegradedNotUnhealthy()
    {
        var connections = From("Host=db1;Database=pt;Username=tracker_app", "Host=127.0.0.1;Port=1;Database=pt;Username=tracker_app");

        var result = await new ReplicaHealthCheck(connections).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.DoesNotContain("127.0.0.1", result.Description);
    }

    [Fact]
    public async Task AReadHostThatIsNotAStandbyMakesReadinessDegraded()
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.ServerVariable) ?? "Host=127.0.0.1;Port=5433;Username=postgres;Database=postgres";
        var connections = From(server, server);

        var result = await new ReplicaHealthCheck(connections).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
    }
}
