using StackExchange.Redis;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>Debian's <c>redis-server</c> on a free port, in memory only (no snapshot, no append log).</summary>
public sealed class RedisServer : IDisposable
{
    private ChildProcess? _server;

    public int Port { get; } = PostgresPair.FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        var program = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server was not found: run scripts/test.sh (it installs it), or apt-get install redis-server.");
        _server = ChildProcess.Start(program,
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"]);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await using var client = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
                await client.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (!_server.HasExited)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException($"redis-server did not start:\n{_server.Output}");
    }

    public void Dispose() => _server?.Dispose();
}
