using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>
/// Base of every browser test: a fresh browser context per test (no cookies carried over),
/// English by default, and exactly one screenshot per test, of the page as the test left it
/// (passed or failed), saved as screenshots/{Class}.{Test}.png under the test artifacts.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserApp app) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private string? _testName;

    protected BrowserApp App => app;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Opens <paramref name="path"/> in a new context; <paramref name="options"/> sets locale, viewport, JavaScript.</summary>
    protected async Task<IPage> OpenAsync(string path, BrowserNewContextOptions? options = null, [CallerMemberName] string test = "", int acceptStatus = 200)
    {
        _testName = test;
        options ??= new BrowserNewContextOptions();
        options.BaseURL = app.BaseAddress.ToString();
        options.Locale ??= "en-US";
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        _context = await app.Browser.NewContextAsync(options);
        // Generous: on a loaded 2-core machine the first render of a page (JIT, first query) can take seconds.
        _context.SetDefaultTimeout(60_000);
        _context.SetDefaultNavigationTimeout(60_000);
        await PrepareAsync(_context);
        Page = await _context.NewPageAsync();
        var response = await Page.GotoAsync(path);
        Assert.True(acceptStatus == 200 ? response?.Ok : response?.Status == acceptStatus, $"GET {path} answered {response?.Status}");
        return Page;
    }

    /// <summary>Runs before the page opens: a test that listens to every message of the page subscribes here.</summary>
    protected virtual Task PrepareAsync(IBrowserContext context) => Task.CompletedTask;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is null) return;
        if (_testName is not null && !Page.IsClosed)
        {
            var folder = Path.Combine(RepoPaths.Artifacts, "screenshots");
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{GetType().Name}.{_testName}.png"), FullPage = true });
        }
        await _context.CloseAsync();
    }
}
