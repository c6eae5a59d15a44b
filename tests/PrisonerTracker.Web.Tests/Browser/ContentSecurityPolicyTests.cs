using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>
/// Every public page in both languages under the real Content-Security-Policy, with nothing
/// injected: the browser reports no refused script, style, image or form, the charts are still
/// drawn, the copy button still appears, and the language switch still posts and comes back.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserApp app) : BrowserTest(app)
{
    private readonly ConcurrentQueue<string> _refused = new();

    // Both channels: the DOM event (with the directive) and the console line Chromium writes for each refusal.
    protected override async Task PrepareAsync(IBrowserContext context)
    {
        await context.ExposeFunctionAsync("reportRefusal", (string text) => _refused.Enqueue(text));
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              window.reportRefusal(e.violatedDirective + ' refused ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal)
                || message.Text.Contains("Permissions-Policy", StringComparison.Ordinal))
                _refused.Enqueue($"console {message.Type}: {message.Text}");
        };
    }

    [Theory]
    [MemberData(nameof(PublicPages.InBothLanguages), MemberType = typeof(PublicPages))]
    public async Task PageWorksUnderThePolicyWithNothingRefused(string culture, string path)
    {
        var page = await OpenAsync(await PublicPages.ResolveAsync(App, path, culture), new BrowserNewContextOptions { Locale = culture },
            $"PageWorksUnderThePolicyWithNothingRefused.{culture}{PublicPages.Slug(path)}", path == PublicPages.NotFound ? 404 : 200);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        foreach (var figure in await page.Locator("figure[data-chart]").AllAsync())
            await Assertions.Expect(figure).ToHaveAttributeAsync("data-chart-state", "drawn");
        if (await page.Locator("button[data-copy]").CountAsync() > 0)
        {
            // A copy button may sit in a closed <details> (the embed's code): the reader opens it first.
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            await Assertions.Expect(page.Locator("button[data-copy]")).ToBeVisibleAsync();
        }

        if (!path.StartsWith("/embed", StringComparison.Ordinal))
        {
            var other = culture == "en" ? ("es", "Español") : ("en", "English");
            await page.GetByRole(AriaRole.Button, new() { Name = other.Item2, Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", other.Item1);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.True(_refused.IsEmpty, $"{path} ({culture}):\n" + string.Join('\n', _refused));
    }

    [Fact]
    public async Task ApiReferenceRendersUnderItsPolicy()
    {
        var page = await OpenAsync("/swagger");
        await Assertions.Expect(page.Locator(".swagger-ui .info .title")).ToContainTextAsync("PrisonerTracker API");
        // Opening an operation renders its parameters and example responses, with more of the UI's styling.
        await page.Locator(".opblock-summary").First.ClickAsync();
        await Assertions.Expect(page.Locator(".opblock-body").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Execute" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".responses-wrapper .live-responses-table").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(_refused.IsEmpty, "/swagger:\n" + string.Join('\n', _refused));
    }
}
