using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PrisonerTracker.Web.Tests.Support;
using static PrisonerTracker.Web.Tests.Browser.Workspace.StaffBrowser;

namespace PrisonerTracker.Web.Tests.Browser.Workspace;

/// <summary>Password sign-in, setting up an authenticator app, signing in with its codes, and lockout, in Chromium.</summary>
public sealed class SignInFlowBrowserTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task ReviewerSetsUpTheAuthenticatorAppSeesRecoveryCodesThenSignsInWithACode()
    {
        var user = await App.CreateUserAsync("totp.reviewer@example.org", "Reviewer", twoFactor: false);
        var page = await OpenAsync(Local(App, "/workspace/signin"));
        await SubmitPasswordAsync(page, App, user.Email!, Support.Workspace.Password);

        // A reviewer without an app is sent to set one up before anything else.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspace/account/two-factor$"));
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!;
        await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);

        await SignOutAsync(page, App);
        await SubmitPasswordAsync(page, App, user.Email!, Support.Workspace.Password);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspace/signin/two-factor"));
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync(user.Email!);
        await using var db = App.CreateDbContext();
        var actions = await db.AuditEntries.Where(a => a.RecordId == user.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["sign-in", "two-factor-enable", "sign-out", "sign-in"], actions);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefused()
    {
        var user = await App.CreateUserAsync("locked.editor@example.org");
        var page = await OpenAsync(Local(App, "/workspace/signin"));
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await SubmitPasswordAsync(page, App, user.Email!, $"wrong password number {attempt}");
            await Assertions.Expect(page.GetByTestId("password-error")).ToHaveTextAsync("That email address and password were not accepted.");
        }
        await SubmitPasswordAsync(page, App, user.Email!, "wrong password number 5");
        await Assertions.Expect(page.GetByTestId("password-error")).ToContainTextAsync("this account is locked for 15 minutes");

        await SubmitPasswordAsync(page, App, user.Email!, Support.Workspace.Password);

        await Assertions.Expect(page.GetByTestId("password-error")).ToContainTextAsync("this account is locked for 15 minutes");
        await using var db = App.CreateDbContext();
        var entries = await db.AuditEntries.Where(a => a.RecordId == user.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["sign-in-failed", "sign-in-failed", "sign-in-failed", "sign-in-failed", "lockout", "lockout"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.DoesNotContain("wrong password number", e.Changes));
    }
}
