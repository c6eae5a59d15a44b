using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>
/// "Our facts" on a 360 px phone: reached from the workspace's start page, the rejected fact with its reason
/// readable, the table scrolling inside its box, and no WCAG violation found by axe-core.
/// It writes a fact, so it shares the writing collection's app.
/// </summary>
[Collection(FactReviewBrowserTests.Name)]
public sealed class OurFactsBrowserTests(BrowserApp app) : IAsyncLifetime
{
    private const string Reason = "The source names another person";
    private IBrowserContext? _context;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
    }

    [Fact]
    public async Task RejectedFactAndItsReasonReadOnA360PixelScreenWithoutWcagViolations()
    {
        var user = await app.CreateUserAsync("our-facts-browser@example.org");
        var fact = await EnterRejectedFactAsync(user.OrganisationId, $"user:{user.Id}");
        _context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(), Locale = "en-US", BypassCSP = true, ViewportSize = new ViewportSize { Width = 360, Height = 780 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" },
        });
        _context.SetDefaultTimeout(60_000);
        _context.SetDefaultNavigationTimeout(60_000);
        var page = await _context.NewPageAsync();
        await page.GotoAsync("/workspace/signin");
        await page.Locator("input[name='Input.Email']").FillAsync(user.Email!);
        await page.Locator("input[name='Input.Password']").FillAsync(Support.Workspace.Password);
        await page.Locator("[data-testid=signin-form] button[type=submit]").ClickAsync();
        await page.GetByTestId("facts-link").ClickAsync();

        var row = page.Locator($"[data-testid=fact][data-event-id='{fact}']");
        await Assertions.Expect(row.GetByTestId("reason")).ToHaveTextAsync(Reason);
        await Assertions.Expect(row.GetByTestId("state")).ToHaveTextAsync("rejected");
        await Assertions.Expect(row.GetByTestId("record-again")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 360px screen");

        await page.AddScriptTagAsync(new() { Path = Path.Combine(RepoPaths.WebProject, "node_modules", "axe-core", "axe.min.js") });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
            }
            """);
        var violations = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Directory.CreateDirectory(Path.Combine(RepoPaths.Artifacts, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Artifacts, "screenshots", $"{nameof(OurFactsBrowserTests)}.png"), FullPage = true });
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    /// <summary>A transfer of a new person entered by the user's organisation and rejected by a colleague, through the domain.</summary>
    private async Task<Guid> EnterRejectedFactAsync(Guid organisation, string authorId)
    {
        var person = await app.AddAsync("Marta Quiroga", new DateOnly(2026, 1, 5), withheld: true);
        await using var db = app.CreateDbContext();
        var detainee = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == person);
        var now = app.Clock.GetUtcNow();
        var fact = detainee.RecordEvent(EventKind.Transferred, new EventDetails(new DateOnly(2026, 1, 12), Confidence.Reported, "our-facts-browser@example.org",
            EnteredById: authorId, EnteredByOrganisationId: organisation), now);
        detainee.ReviewEvent(fact.Id, ReviewState.Rejected, "colleague@example.org", "user:colleague", Reason, now);
        await db.SaveChangesAsync();
        return fact.Id;
    }
}
