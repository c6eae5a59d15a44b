using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>The passkey parts of the sign-in and account pages, over HTTP (the ceremony itself is in the browser tests).</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class PasskeyPagesTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(demo: false);
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignInPageOffersAPasskeyFormWithItsScriptFile()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/workspace/signin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("data-passkey=\"get\"", html);
        Assert.Matches("<script src=\"/js/passkeys.js\\?v=[^\"]+\" defer>", html);
        Assert.Contains("publickey-credentials-get=(self)", response.Headers.GetValues("Permissions-Policy").Single());
        Assert.Contains("publickey-credentials-create=(self)", response.Headers.GetValues("Permissions-Policy").Single());
    }
}
