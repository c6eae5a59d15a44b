using Microsoft.Playwright;
using PrisonerTracker.Web.Tests.Support;
using static PrisonerTracker.Web.Tests.Browser.Workspace.StaffBrowser;

namespace PrisonerTracker.Web.Tests.Browser.Workspace;

/// <summary>The sign-in, account and audit pages on a 360 px phone, in both languages, with no script refused by the CSP.</summary>
public sealed class WorkspacePagesBrowserTests(BrowserApp app) : BrowserTest(app)
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

    [Theory]
    [InlineData("en", "Audit log", "Passkeys")]
    [InlineData("es", "Registro de auditoría", "Llaves de acceso")]
    public async Task AccountAndAuditPagesFitA360PixelScreenInEitherLanguage(string culture, string auditTitle, string passkeysHeading)
    {
        var user = await App.CreateUserAsync($"narrow.{culture}@example.org", "Admin");
        var page = await OpenAsync(Local(App, "/workspace/signin"), new BrowserNewContextOptions { Locale = culture, ViewportSize = new() { Width = 360, Height = 780 } });
        await Assertions.Expect(page.GetByTestId("passkey-signin")).ToBeEnabledAsync();
        await page.Locator("#Input_Email").FillAsync(user.Email!);
        await page.Locator("#Input_Password").FillAsync(Support.Workspace.Password);
        await page.GetByTestId("signin-form").Locator("button[type=submit]").ClickAsync();
        await page.Locator("#Input_Code").FillAsync(Totp.Code(Support.Workspace.AuthenticatorKey(user.Email!), DateTimeOffset.UtcNow));
        await page.GetByTestId("two-factor-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToBeVisibleAsync();

        await page.GotoAsync(Local(App, "/workspace/account"));
        await Assertions.Expect(page.Locator("h2").Nth(1)).ToHaveTextAsync(passkeysHeading);
        await AssertFitsAsync(page, "account");
        await page.GotoAsync(Local(App, "/workspace/audit"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(auditTitle);
        await Assertions.Expect(page.GetByTestId("audit-entries").Locator("tbody tr").First).ToBeVisibleAsync();
        await AssertFitsAsync(page, "audit");
        Assert.Empty(_refused);
    }

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the {name} page is {overflow}px wider than a 360px screen");
    }
}
