using Microsoft.Playwright;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>Keyboard use, visible focus, small screens and print, checked in a real browser.</summary>
public sealed class AccessibilityTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task SkipLinkIsFirstTabStopAndMovesFocusToMain()
    {
        var page = await OpenAsync("/methodology");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        Assert.True(await skip.BoundingBoxAsync() is { Y: >= 0, Width: > 0 }, "the focused skip link is on screen");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();
        // The next Tab continues inside main, past the header's links.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    }

    [Fact]
    public async Task KeyboardFocusIsVisibleOnNavigationLinks()
    {
        var page = await OpenAsync("/");
        await page.Keyboard.PressAsync("Tab"); // skip link
        await page.Keyboard.PressAsync("Tab"); // brand
        await page.Keyboard.PressAsync("Tab"); // first navigation link
        var focused = page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync("Dashboard");
        var ring = await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).boxShadow");
        Assert.StartsWith("solid", ring);
        Assert.Contains("rgb(255, 191, 71)", ring);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?asOf=2026-01-22")]
    [InlineData("/?asOf=2026-01-22&culture=es")]
    [InlineData("/?asOf=2026-01-13&feed=all")]
    [InlineData("/methodology")]
    public async Task PageFitsA360PixelScreenWithoutSidewaysScrolling(string path)
    {
        var name = new string([.. path.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
        var page = await OpenAsync(path, new BrowserNewContextOptions { ViewportSize = new() { Width = 360, Height = 780 } }, $"PageFitsA360PixelScreen{name}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Español" })).ToBeInViewportAsync();
    }

    [Fact]
    public async Task PrintHidesNavigationAndLanguageSwitchAndShowsLinkAddresses()
    {
        var page = await OpenAsync("/methodology");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".lang-switch")).ToBeHiddenAsync();
        var after = await page.Locator("main a[href='/swagger']").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains(new Uri(App.BaseAddress, "/swagger").ToString(), after);
    }
}
