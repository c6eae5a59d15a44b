using Microsoft.Playwright;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>Entering a person on a phone-sized screen: the duplicate warning comes first, then the user confirms a new record.</summary>
public sealed class PersonEntryBrowserTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task NewPersonWithRocioSanMiguelsNameIsWarnedThenSavedOnlyWhenConfirmed()
    {
        var email = $"entry-{Guid.NewGuid():N}@example.org";
        await App.CreateUserAsync(email);
        // The workspace is HTTPS-only: this host serves plain HTTP on loopback (a trusted proxy's address, which may say
        // the request came over HTTPS), addressed as localhost, a secure context where Chromium keeps the Secure sign-in cookie.
        var root = new UriBuilder(App.BaseAddress) { Host = "localhost" }.Uri;
        var page = await OpenAsync(new Uri(root, "/workspace/signin").ToString(), new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 780 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = "127.0.0.1" },
        });
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Support.Workspace.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(root, "/workspace/people/new").ToString());
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("San Miguel Rocio");
        await page.Locator("[data-testid=save]").ClickAsync();

        var warning = page.Locator("[data-testid=duplicate-warning]");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Rocío San Miguel" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 360 px.");

        await page.GetByLabel("This is a different person: save as a new record").CheckAsync();
        await page.Locator("[data-testid=save]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=saved]")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspace/people/[0-9a-f-]{36}/edit"));
        await Assertions.Expect(page.Locator("#Input_Name")).ToHaveValueAsync("San Miguel Rocio");
    }
}
