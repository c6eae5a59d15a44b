using System.Text.Json;
using Microsoft.Playwright;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>
/// Every public page, in both languages, checked with axe-core (installed from npm with the
/// front end) against the WCAG 2.0–2.2 A and AA rules: contrast, names, labels, landmarks, ARIA.
/// </summary>
public sealed class AxeTests(BrowserApp app) : BrowserTest(app)
{
    private static readonly string AxeScript = Path.Combine(RepoPaths.WebProject, "node_modules", "axe-core", "axe.min.js");

    [Theory]
    [MemberData(nameof(PublicPages.InBothLanguages), MemberType = typeof(PublicPages))]
    public async Task PageHasNoWcagViolations(string culture, string path)
    {
        // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses:
        // this test lets the browser ignore the policy (ContentSecurityPolicyTests checks it with nothing injected).
        var page = await OpenAsync(await PublicPages.ResolveAsync(App, path, culture), new BrowserNewContextOptions { Locale = culture, BypassCSP = true },
            $"PageHasNoWcagViolations.{culture}{PublicPages.Slug(path)}", path == PublicPages.NotFound ? 404 : 200);
        // Charts animate in: let them settle so colours are measured as a reader sees them.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
            }
            """);
        var violations = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"{path} ({culture}):\n" + string.Join('\n', violations));
    }
}
