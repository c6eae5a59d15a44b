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
        var email = $"import-{Guid.NewGuid():N}@example.org";
        await App.CreateUserAsync(email);
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

        await page.GotoAsync(new Uri(root, "/workspace/import").ToString());
        await page.Locator("#kind").SelectOptionAsync("Detainees");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "muchos.csv", MimeType = "text/csv", Buffer = ImportSteps.ManyPeople(600, "Navegador"),
        });
        await page.GetByTestId("import-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-form")).ToBeVisibleAsync();

        // Holds the job before its last step, so that the page can be seen counting while nothing is committed.
        await using var blocker = new NpgsqlConnection(App.Database.ConnectionString);
        await blocker.OpenAsync();
        await using (var hold = await blocker.BeginTransactionAsync())
        {
            await new NpgsqlCommand("LOCK TABLE imported_rows IN EXCLUSIVE MODE", blocker, hold).ExecuteNonQueryAsync();
            await page.GetByTestId("confirm-form").Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspace/import/[0-9a-f-]{36}$"));
            await Assertions.Expect(page.GetByTestId("rows-done")).ToHaveTextAsync("600 of 600 rows");
            Assert.Equal(600, await page.Locator("progress").EvaluateAsync<int>("p => p.value"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 360 px.");
            await hold.RollbackAsync();
        }

        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("muchos.csv: 600 people");
        await Assertions.Expect(page.GetByTestId("review-link")).ToBeVisibleAsync();
        Assert.Empty(_refused);
    }
}
