using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// A PostgreSQL primary and a streaming standby cloned from it with <c>pg_basebackup -R</c>, each
/// on a free port in a throwaway folder. Durability is off (test data), replication is real.
/// </summary>
public sealed class PostgresPair : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("prisonertracker-scaleout-").FullName;
    private readonly string _bin = FindBin();

    public int PrimaryPort { get; } = FreePort();
    public int StandbyPort { get; } = FreePort();

    private string PrimaryData => Path.Combine(_folder, "primary");
    private string StandbyData => Path.Combine(_folder, "standby");

    public string Superuser(int port, string database = "postgres") =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=false";

    public async Task StartAsync()
    {
        // The postgres system user must reach the folder; its data folders must be its own.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
        foreach (var data in new[] { PrimaryData, StandbyData })
        {
            if (!OperatingSystem.IsWindows()) Directory.CreateDirectory(data, (UnixFileMode)0b111_000_000);
            if (Environment.UserName == "root") await ChildProcess.RunAsync("chown", ["postgres:postgres", data]);
        }
        await ChildProcess.RunAsync(Path.Combine(_bin, "initdb"),
            ["-D", PrimaryData, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], asPostgres: true);
        await StartAsync(PrimaryData, PrimaryPort);
        await ChildProcess.RunAsync(Path.Combine(_bin, "pg_basebackup"),
            ["-D", StandbyData, "-R", "-X", "stream", "-h", "127.0.0.1", "-p", PrimaryPort.ToString(), "-U", "postgres"], asPostgres: true);
        await StartAsync(StandbyData, StandbyPort);
    }

    private async Task StartAsync(string data, int port) =>
        await ChildProcess.RunAsync(Path.Combine(_bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "-o",
             $"-h 127.0.0.1 -p {port} -k {data} -c fsync=off -c max_connections=100 -c hot_standby=on", "start"], asPostgres: true);

    /// <summary>Runs one statement on a server as the superuser and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(int port, string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(Superuser(port, database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static string FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderDescending()
                  .FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_basebackup")))
              ?? throw new InvalidOperationException("PostgreSQL's programs were not found: run scripts/test.sh (it installs them).")
            : throw new InvalidOperationException("PostgreSQL's programs were not found: run scripts/test.sh (it installs them).");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var data in new[] { StandbyData, PrimaryData })
            if (Directory.Exists(data))
                try { await ChildProcess.RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres: true); }
                catch (InvalidOperationException) { /* not running */ }
        Directory.Delete(_folder, recursive: true);
    }
}
