using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Web.Tests.Support;
using static PrisonerTracker.Web.Tests.Browser.Workspace.StaffBrowser;

namespace PrisonerTracker.Web.Tests.Browser.Workspace;

/// <summary>Passkeys in Chromium, with its virtual authenticator standing in for a phone or laptop.</summary>
public sealed class PasskeyBrowserTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task PasskeyMadeOnTheAccountPageSignsInWithoutAPassword()
    {
        var user = await App.CreateUserAsync("passkey.editor@example.org");
        var page = await OpenAsync(Local(App, "/workspace/signin"));
        await AddVirtualAuthenticatorAsync(page);
        await SubmitPasswordAsync(page, App, user.Email!, Support.Workspace.Password);
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync(user.Email!);

        await page.GotoAsync(Local(App, "/workspace/account"));
        await page.GetByLabel("Name of the new passkey").FillAsync("Work laptop");
        await page.GetByTestId("add-passkey").ClickAsync();
        await Assertions.Expect(page.GetByTestId("passkey-name")).ToHaveTextAsync("Work laptop");

        await SignOutAsync(page, App);
        await page.GetByTestId("passkey-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync(user.Email!);

        await using var db = App.CreateDbContext();
        var actions = await db.AuditEntries.Where(a => a.RecordType == "account" && a.RecordId == user.Id).OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.Changes }).ToListAsync();
        Assert.Equal(["sign-in", "passkey-add", "sign-out", "sign-in"], actions.Select(a => a.Action));
        Assert.Contains("\"method\":\"passkey\"", actions[^1].Changes);
        Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task ReviewerSignedInWithAPasskeyIsNotAskedForTheAuthenticatorCode()
    {
        var user = await App.CreateUserAsync("passkey.reviewer@example.org", "Reviewer");
        var page = await OpenAsync(Local(App, "/workspace/signin"));
        await AddVirtualAuthenticatorAsync(page);
        await SubmitPasswordAsync(page, App, user.Email!, Support.Workspace.Password);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(Support.Workspace.AuthenticatorKey(user.Email!), DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GotoAsync(Local(App, "/workspace/account"));
        await page.GetByLabel("Name of the new passkey").FillAsync("Phone");
        await page.GetByTestId("add-passkey").ClickAsync();
        await Assertions.Expect(page.GetByTestId("passkey")).ToHaveCountAsync(1);

        await SignOutAsync(page, App);
        await page.GetByTestId("passkey-signin").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspace$"));
        await page.GotoAsync(Local(App, "/workspace/account"));
        await Assertions.Expect(page.GetByTestId("passkeys")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RemovedPasskeyNoLongerSignsIn()
    {
        var user = await App.CreateUserAsync("passkey.removed@example.org");
        var page = await OpenAsync(Local(App, "/workspace/signin"));
        await AddVirtualAuthenticatorAsync(page);
        await SubmitPasswordAsync(page, App, user.Email!, Support.Workspace.Password);
        await page.GotoAsync(Local(App, "/workspace/account"));
        await page.GetByLabel("Name of the new passkey").FillAsync("Old key");
        await page.GetByTestId("add-passkey").ClickAsync();
        await page.GetByTestId("remove-passkey").ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-passkeys")).ToBeVisibleAsync();

        await SignOutAsync(page, App);
        await page.GetByTestId("passkey-signin").ClickAsync();

        await Assertions.Expect(page.GetByTestId("passkey-error")).ToHaveTextAsync("That passkey was not accepted. Try again, or sign in with your password.");
        await using var db = App.CreateDbContext();
        Assert.Contains(await db.AuditEntries.Where(a => a.RecordId == user.Id).Select(a => a.Action).ToListAsync(), a => a == "passkey-remove");
    }
}
