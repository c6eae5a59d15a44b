using System.Net;
using System.Text.RegularExpressions;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>What admins do on their pages: keys for accounts shown once, revoked at once; two-factor rules per role.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class AdminPagesTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task KeyMadeForAnAccountIsShownOnceWorksAsThatAccountAndStopsWhenRevoked()
    {
        var owner = await app.CreateUserAsync("owner@example.org");
        await app.CreateUserAsync("admin@example.org", "Admin");
        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync("admin@example.org");

        var missing = await admin.PostFormAsync("/workspace/admin/api-keys", new() { ["Input.Name"] = "Laptop" }, "/workspace/admin/api-keys?handler=Create");
        Assert.Contains("Choose a staff account.", await missing.Content.ReadAsStringAsync());

        var created = await admin.PostFormAsync("/workspace/admin/api-keys",
            new() { ["Input.Name"] = "Laptop", ["Input.UserId"] = owner.Id.ToString() }, "/workspace/admin/api-keys?handler=Create");
        var key = NewKey().Match(await created.Content.ReadAsStringAsync()).Groups["key"].Value;
        Assert.StartsWith("pt_", key);
        var list = await admin.GetStringAsync("/workspace/admin/api-keys");
        Assert.DoesNotContain(key, list);
        Assert.Contains("owner@example.org", list);

        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.Created, (await api.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Persona Nueva" })).StatusCode);

        var keyId = KeyRevoke().Match(list).Groups["id"].Value;
        Assert.NotEmpty(keyId);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/workspace/admin/api-keys", [], $"/workspace/admin/api-keys?handler=Revoke&id={keyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Otra" })).StatusCode);
    }

    [Fact]
    public async Task AdminCanRequireTwoFactorForEditors()
    {
        await app.CreateUserAsync("admin@example.org", "Admin");
        await app.CreateUserAsync("editor@example.org");
        var editor = app.CreateBrowserLikeClient();
        await editor.SignInAsync("editor@example.org");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/workspace")).StatusCode);

        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync("admin@example.org");
        var saved = await admin.PostAsync("/workspace/admin/users?handler=TwoFactorRules", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Support.Workspace.Token(await admin.GetStringAsync("/workspace/admin/users"))),
            new("required", "Editor"), new("required", "Reviewer"), new("required", "Admin"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var held = await editor.GetAsync("/workspace");
        Assert.Equal("/workspace/account/two-factor", held.Headers.Location?.ToString());
    }

    [GeneratedRegex("""data-testid="new-key">(?<key>pt_[^<]+)</code>""")]
    private static partial Regex NewKey();

    [GeneratedRegex("""action="[^"]*id=(?<id>[0-9a-f-]{36})[^"]*handler=Revoke|action="[^"]*handler=Revoke[^"]*id=(?<id>[0-9a-f-]{36})""")]
    private static partial Regex KeyRevoke();
}
