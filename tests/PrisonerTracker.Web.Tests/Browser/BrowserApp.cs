using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>
/// The app on a real 127.0.0.1 port (Kestrel, not the in-memory test server, so that a real
/// browser can reach it), with its own database holding the demo data and the clock on
/// 31 January 2026, and one headless Chromium for the whole collection. The browser is
/// Debian's: Playwright's own browser download cannot work offline and is never used.
/// </summary>
public sealed class BrowserApp : TrackerApp
{
    public const string ChromiumVariable = "TRACKER_CHROMIUM";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Kestrel serves plain HTTP here: the workspace's cookies must be allowed without Secure (see IdentitySetup).
        builder.UseSetting("Workspace:AllowPlainHttp", "true");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Browser tests only read, so the demo data is loaded once for the collection.
        // Kestrel first: resetting reaches the app's services (the output cache), which builds the server.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        await ResetAsync();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);

        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"Chromium not found at {chromium}: apt-get install chromium, or set {ChromiumVariable}.");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(15_000); // Expect(...) retries until then, instead of the default 5 s
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // This machine has no outside network: without these, Chromium keeps trying to phone home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public override async ValueTask DisposeAsync()
    {
        // Safe to call twice: the test framework may dispose a fixture through more than one interface.
        if (_browser is not null) await _browser.CloseAsync();
        _browser = null;
        _playwright?.Dispose();
        _playwright = null;
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
