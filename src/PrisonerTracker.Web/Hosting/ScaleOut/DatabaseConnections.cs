using Npgsql;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Hosting.ScaleOut;

/// <summary>
/// Where writes and reads go. <c>ConnectionStrings:Tracker</c> is the primary; with several hosts
/// (<c>Host=db1,db2</c>) Npgsql is told to pick the primary among them. Reads may go to standbys:
/// <c>ConnectionStrings:TrackerReadOnly</c> when set, otherwise derived from a multi-host
/// <c>Tracker</c> string (<c>prefer-standby</c>, load-balanced). A single-host <c>Tracker</c> and no
/// read-only string means no replicas: every read goes to the primary, as before.
/// </summary>
public sealed class DatabaseConnections
{
    private DatabaseConnections(string primary, string? readOnly)
    {
        Primary = primary;
        ReadOnly = readOnly;
    }

    /// <summary>Writes, LISTEN, anything that must see the latest commit.</summary>
    public string Primary { get; }

    /// <summary>Reads that may lag the primary by the replication delay; null without replicas.</summary>
    public string? ReadOnly { get; }

    public bool HasReplicas => ReadOnly is not null;

    public static DatabaseConnections From(IConfiguration configuration)
    {
        var tracker = configuration.GetConnectionString("Tracker")
            ?? throw new InvalidOperationException("Set the connection string ConnectionStrings__Tracker.");
        var primary = new NpgsqlConnectionStringBuilder(tracker);
        var multiHost = IsMultiHost(primary);
        // Without this Npgsql takes any host that answers: a write could land on a standby and fail.
        if (multiHost && primary.TargetSessionAttributes is null) primary.TargetSessionAttributes = "primary";

        NpgsqlConnectionStringBuilder? readOnly = null;
        if (configuration.GetConnectionString("TrackerReadOnly") is { Length: > 0 } configured)
            readOnly = new NpgsqlConnectionStringBuilder(configured);
        else if (multiHost)
            readOnly = new NpgsqlConnectionStringBuilder(tracker) { TargetSessionAttributes = null };
        if (readOnly is not null && IsMultiHost(readOnly))
        {
            // The primary still answers reads when every standby is down.
            readOnly.TargetSessionAttributes ??= "prefer-standby";
            readOnly.LoadBalanceHosts = true;
        }
        return new DatabaseConnections(primary.ConnectionString, readOnly?.ConnectionString);
    }

    /// <summary>The request-serving form of <paramref name="connectionString"/>, as the app's own context gets it: serving limits and session settings.</summary>
    public static string ForRequests(string connectionString, int statementTimeoutMilliseconds) =>
        TrackerDatabase.WithSessionSettings(TrackerDatabase.ForServing(connectionString, statementTimeoutMilliseconds));

    /// <summary>Each host of <paramref name="connectionString"/> on its own, for checks that must reach every standby.</summary>
    public static IEnumerable<string> SingleHosts(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var host in (builder.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return new NpgsqlConnectionStringBuilder(connectionString)
            {
                Host = host, TargetSessionAttributes = null, LoadBalanceHosts = false, Pooling = false, Timeout = 3,
            }.ConnectionString;
    }

    private static bool IsMultiHost(NpgsqlConnectionStringBuilder builder) => builder.Host?.Contains(',') == true;
}
