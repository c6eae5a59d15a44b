using System.Net;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task AddingAPasskeyWithoutACredentialIsRefusedBesideTheFieldAndStoresNothing()
    {
        var user = await app.CreateUserAsync("no.credential@example.org");
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(user.Email!);

        var response = await client.PostFormAsync("/workspace/account", new() { ["Input.Name"] = "Laptop", ["Input.Credential"] = "" },
            "/workspace/account?handler=AddPasskey");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-testid=\"passkey-error\"[^>]*>.*That passkey was not accepted", html);
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.UserPasskeys.CountAsync());
        Assert.DoesNotContain(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "passkey-add");
    }

    [Fact]
    public async Task RemovingOrRenamingAPasskeyThatIsNotYoursIsNotFound()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync((await app.CreateUserAsync("not.mine@example.org")).Email!);

        var removed = await client.PostFormAsync("/workspace/account", new() { ["id"] = "c29tZW9uZS1lbHNlcw" }, "/workspace/account?handler=RemovePasskey");
        var renamed = await client.PostFormAsync("/workspace/account", new() { ["id"] = "c29tZW9uZS1lbHNlcw", ["name"] = "Mine now" },
            "/workspace/account?handler=RenamePasskey");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (removed.StatusCode, renamed.StatusCode));
    }

    [Fact]
    public async Task PasskeyOptionsNeedTheFormsAntiforgeryToken()
    {
        var response = await app.CreateBrowserLikeClient().PostAsync("/workspace/signin?handler=PasskeyOptions", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignInOptionsAskForUserVerificationAndAnyOfTheSitesPasskeys()
    {
        var client = app.CreateBrowserLikeClient();
        var token = Support.Workspace.Token(await client.GetStringAsync("/workspace/signin"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/workspace/signin?handler=PasskeyOptions");
        request.Headers.Add("RequestVerificationToken", token);

        var response = await client.SendAsync(request);
        var options = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("required", options.GetProperty("userVerification").GetString());
        Assert.Equal("localhost", options.GetProperty("rpId").GetString());
        Assert.True(!options.TryGetProperty("allowCredentials", out var allowed) || allowed.GetArrayLength() == 0);
    }
}
