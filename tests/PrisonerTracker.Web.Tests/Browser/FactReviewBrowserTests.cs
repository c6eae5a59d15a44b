using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>
/// The whole two-person flow in Chromium: an editor records a release, it is not public, a second user
/// (a reviewer, with an authenticator code) approves it, and it is public on the page and in the API.
/// It writes, so it has its own app and database (the other browser tests read the demo data as loaded).
/// </summary>
[Collection(Name)]
public sealed class FactReviewBrowserTests(BrowserApp app) : IAsyncLifetime
{
    public const string Name = "browser, writing";
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }

    [Fact]
    public async Task EditorRecordsAReleaseThatGoesPublicOnlyOnceASecondUserApprovesIt()
    {
        var person = await app.AddAsync("Teresa Quintero", new DateOnly(2026, 1, 5));
        await app.CreateUserAsync("editor@example.org");
        await app.CreateUserAsync("reviewer@example.org", "Reviewer");
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };

        var editor = await SignInAsync("editor@example.org", 360);
        await editor.GetByTestId("record-link").ClickAsync();
        await editor.Locator("#q").FillAsync("quintero");
        await editor.Locator("#q").PressAsync("Enter");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Teresa Quintero" }).ClickAsync();
        await AssertFitsAsync(editor, "the record form");
        await editor.Locator("select[name='Input.Kind']").SelectOptionAsync("ReleasedFull");
        await editor.Locator("input[name='Input.Date']").FillAsync("2026-01-20");
        await editor.Locator("select[name='Input.Confidence']").SelectOptionAsync("Verified");
        await editor.Locator("input[name='Input.Sources[0].Url']").FillAsync("https://example.org/teresa-quintero-released");
        await editor.GetByTestId("save-fact").ClickAsync();
        await Assertions.Expect(editor.GetByTestId("recorded")).ToBeVisibleAsync();
        var eventId = Regex.Match(editor.Url, "recorded=(?<id>[0-9a-f-]{36})").Groups["id"].Value;
        Assert.NotEmpty(eventId);

        Assert.DoesNotContain(eventId, await anonymous.GetStringAsync($"/api/v1/detainees/{person}"));
        Assert.DoesNotContain($"event-{eventId}", await anonymous.GetStringAsync($"/detainees/{person}"));

        var reviewer = await SignInAsync("reviewer@example.org", 360);
        await reviewer.GotoAsync("/workspace/review");
        var item = reviewer.Locator($"[data-testid=queue-item][data-event-id='{eventId}']");
        await AssertFitsAsync(reviewer, "the review queue");
        await item.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(reviewer.Locator($"[data-event-id='{eventId}']")).ToHaveCountAsync(0);

        var profile = await anonymous.GetStringAsync($"/api/v1/detainees/{person}");
        Assert.Contains(eventId, profile);
        Assert.Contains("\"status\":\"released-full\"", profile);
        var visitor = await NewPageAsync(1280);
        await visitor.GotoAsync($"/detainees/{person}");
        await Assertions.Expect(visitor.Locator($"#event-{eventId}")).ToBeVisibleAsync();
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Artifacts, "screenshots", $"{nameof(FactReviewBrowserTests)}.public.png"), FullPage = true });
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{what} is {overflow}px wider than a 360px screen");
    }

    /// <summary>Signs in through the form in a new browser context; a reviewer also types the current authenticator code.</summary>
    private async Task<IPage> SignInAsync(string email, int width)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync("/workspace/signin");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(Support.Workspace.Password);
        await page.Locator("[data-testid=signin-form] button[type=submit]").ClickAsync();
        if (page.Url.Contains("/two-factor", StringComparison.Ordinal))
        {
            await page.Locator("input[name='Input.Code']").FillAsync(Totp.Code(Support.Workspace.AuthenticatorKey(email), DateTimeOffset.UtcNow));
            await page.Locator("[data-testid=two-factor-form] button[type=submit]").ClickAsync();
        }
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToBeVisibleAsync();
        return page;
    }

    private async Task<IPage> NewPageAsync(int width)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(), Locale = "en-US", ViewportSize = new ViewportSize { Width = width, Height = 900 },
            // Workspace cookies are Secure outside Development. The test server speaks plain HTTP on loopback, a
            // trusted proxy address, so the browser says what a TLS-terminating proxy would; Chromium keeps Secure
            // cookies for 127.0.0.1, a potentially trustworthy origin.
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" },
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(FactReviewBrowserTests.Name)]
public sealed class WritingBrowserCollection : ICollectionFixture<BrowserApp>;
