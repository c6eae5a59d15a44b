using PrisonerTracker.Testing;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// One instance of the built app as its own process (<c>dotnet PrisonerTracker.Web.dll</c>) on a
/// free port, configured as an operator would through environment variables.
/// </summary>
public sealed class AppInstance : IDisposable
{
    private ChildProcess? _process;

    public int Port { get; } = PostgresPair.FreePort();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Output => _process?.Output ?? "";

    public async Task StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["PORT"] = Port.ToString(),
        };
        foreach (var (name, value) in TestKeys.Settings.Concat(settings)) environment[name.Replace(":", "__")] = value;
        _process = ChildProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "PrisonerTracker.Web.dll")], environment,
            workingDirectory: AppContext.BaseDirectory);

        // A cold start on a busy machine is slow (the first request compiles a lot): wait generously.
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var giveUp = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < giveUp)
        {
            if (_process.HasExited) break;
            try
            {
                if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"The app on port {Port} did not become ready:\n{Output}");
    }

    public void Dispose() => _process?.Dispose();
}
