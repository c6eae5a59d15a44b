using Microsoft.Playwright;

namespace PrisonerTracker.Web.Tests.Browser.Workspace;

/// <summary>
/// Sign-in steps in the browser. Pages are opened on http://localhost: Web Authentication refuses an IP
/// address as the site's identity, and localhost is a secure context (so the Secure sign-in cookie sticks).
/// </summary>
internal static class StaffBrowser
{
    public static string Local(BrowserApp app, string path) => new UriBuilder(app.BaseAddress) { Host = "localhost" }.Uri + path.TrimStart('/');

    public static async Task SubmitPasswordAsync(IPage page, BrowserApp app, string email, string password)
    {
        if (!page.Url.Contains("/workspace/signin", StringComparison.Ordinal)) await page.GotoAsync(Local(app, "/workspace/signin"));
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    public static async Task SignOutAsync(IPage page, BrowserApp app)
    {
        await page.GotoAsync(Local(app, "/workspace"));
        await page.GetByTestId("signout").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspace/signin"));
    }

    /// <summary>Chromium's virtual authenticator: a platform authenticator that keeps passkeys and verifies its user.</summary>
    public static async Task AddVirtualAuthenticatorAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });
    }
}
