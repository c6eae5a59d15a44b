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

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "en", "es" })
            foreach (var path in new[] { "/", "/?asOf=2026-01-13", "/detainees", "/detainees?q=zzz&minor=maybe", "/detainees/{rocio}", "/facilities",
                         "/facilities/{helicoide}", "/announcements", "/announcements/{claim}", "/methodology", "/embed/timeseries", "/no-such-page" })
                data.Add(culture, path);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageHasNoWcagViolations(string culture, string path)
    {
        var url = await ResolveAsync(path);
        var page = await OpenAsync(url + (url.Contains('?') ? "&" : "?") + $"culture={culture}",
            new BrowserNewContextOptions { Locale = culture }, $"PageHasNoWcagViolations.{culture}{Slug(path)}", path == "/no-such-page" ? 404 : 200);
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

    private static string Slug(string path) => new([.. path.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);

    private async Task<string> ResolveAsync(string path)
    {
        if (path.Contains("{rocio}")) return path.Replace("{rocio}", (await App.DetaineeIdAsync("Rocío San Miguel")).ToString());
        if (path.Contains("{helicoide}")) return path.Replace("{helicoide}", (await App.FacilityIdAsync("El Helicoide")).ToString());
        if (path.Contains("{claim}"))
        {
            await using var db = App.CreateDbContext();
            var id = db.Announcements.Where(a => a.Speaker == "Jorge Rodríguez").OrderByDescending(a => a.Date).Select(a => a.Id).First();
            return path.Replace("{claim}", id.ToString());
        }
        return path;
    }
}
