using System.Text.Json;
using Microsoft.Playwright;
using Npgsql;
using PrisonerTracker.Web.Tests.Imports;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>A file imported on a phone-sized screen: upload, preview, confirm, the progress page counting rows, then the result.</summary>
public sealed class ImportBrowserTests(BrowserApp app) : BrowserTest(app)
{
    private readonly List<string> _refused = [];

    protected override Task PrepareAsync(IBrowserContext context)
    {
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) _refused.Add(message.Text);
        };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ConfirmedFileShowsRowsWrittenThenTheResultWithoutInlineScripts()
    {
        var page = await PreviewAsync("en-US", bypassCsp: false, rows: 600, "Navegador", 71_000_000);
        await using (var hold = await HoldBeforeTheLastStepAsync())
        {
            await page.GetByTestId("confirm-form").Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspace/import/[0-9a-f-]{36}$"));
            await Assertions.Expect(page.GetByTestId("rows-done")).ToHaveTextAsync("600 of 600 rows");
            Assert.Equal(600, await page.Locator("progress").EvaluateAsync<int>("p => p.value"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 360 px.");
        }

        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("muchos.csv: 600 people");
        await Assertions.Expect(page.GetByTestId("review-link")).ToBeVisibleAsync();
        Assert.Empty(_refused);
    }

    [Fact]
    public async Task ProgressAndResultPagesHaveNoWcagViolationsInSpanish()
    {
        var page = await PreviewAsync("es", bypassCsp: true, rows: 50, "Accesible", 72_000_000);
        await using (var hold = await HoldBeforeTheLastStepAsync())
        {
            await page.GetByTestId("confirm-form").Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(page.GetByTestId("rows-done")).ToHaveTextAsync("50 de 50 filas");
            Assert.Empty(await ViolationsAsync(page));
        }
        await Assertions.Expect(page.GetByTestId("import-result")).ToBeVisibleAsync();
        Assert.Empty(await ViolationsAsync(page));
    }

    /// <summary>Signed in on a 360 px screen, a file of new people uploaded: its preview.</summary>
    private async Task<IPage> PreviewAsync(string culture, bool bypassCsp, int rows, string prefix, int firstId)
    {
        var email = $"import-{Guid.NewGuid():N}@example.org";
        await App.CreateUserAsync(email);
        var root = new UriBuilder(App.BaseAddress) { Host = "localhost" }.Uri;
        var page = await OpenAsync(new Uri(root, "/workspace/signin").ToString(), new BrowserNewContextOptions
        {
            Locale = culture, BypassCSP = bypassCsp, ViewportSize = new ViewportSize { Width = 360, Height = 780 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = "127.0.0.1" },
        }, $"{nameof(ImportBrowserTests)}.{prefix}");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Support.Workspace.Password);
        await page.GetByTestId("signin-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(root, "/workspace/import").ToString());
        await page.Locator("#kind").SelectOptionAsync("Detainees");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "muchos.csv", MimeType = "text/csv", Buffer = ImportSteps.ManyPeople(rows, prefix, firstId) });
        await page.GetByTestId("import-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-form")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Holds a job before its last step (the rows' fingerprints), every person written but nothing committed, until disposed.</summary>
    private async Task<IAsyncDisposable> HoldBeforeTheLastStepAsync()
    {
        var connection = new NpgsqlConnection(App.Database.ConnectionString);
        await connection.OpenAsync();
        var hold = await connection.BeginTransactionAsync();
        await new NpgsqlCommand("LOCK TABLE imported_rows IN EXCLUSIVE MODE", connection, hold).ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<List<string?>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Path.Combine(RepoPaths.WebProject, "node_modules", "axe-core", "axe.min.js") });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
            }
            """);
        return [.. result.EnumerateArray().Select(v => v.GetString())];
    }
}
