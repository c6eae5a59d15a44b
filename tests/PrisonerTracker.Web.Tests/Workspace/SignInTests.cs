using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Features.Accounts;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>Password sign-in: the cookie's flags, lockout after repeated failures, the password rule, disabled accounts.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class SignInTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignInSetsAStrictHttpOnlySecureCookieAndOpensTheWorkspace()
    {
        await app.CreateUserAsync("editor@example.org");
        var client = app.CreateBrowserLikeClient();
        var response = await client.SignInAsync("editor@example.org");
        Assert.Equal("/workspace", response.Headers.Location?.ToString());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pt_staff=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("editor@example.org", await client.GetStringAsync("/workspace"));
    }

    [Fact]
    public async Task WrongPasswordIsReportedBesideThePasswordField()
    {
        await app.CreateUserAsync("editor@example.org");
        var response = await app.CreateBrowserLikeClient().SignInAsync("editor@example.org", "not the password at all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("data-testid=\"password-error\"[^>]*>That email address and password were not accepted.", html);
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountEvenForTheRightPassword()
    {
        await app.CreateUserAsync("editor@example.org");
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++) await client.SignInAsync("editor@example.org", "wrong password " + i);

        var response = await client.SignInAsync("editor@example.org");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("this account is locked"), System.Text.RegularExpressions.Regex.Match(body, "password-error[^<]*<").Value);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/workspace")).StatusCode);
    }

    [Fact]
    public async Task PasswordsShorterThanTwelveCharactersAreRefusedAndNoCompositionRuleApplies()
    {
        using var scope = app.Services.CreateScope();
        var validator = scope.ServiceProvider.GetRequiredService<IPasswordValidator<StaffUser>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser("x@example.org", Guid.NewGuid(), "Editor");
        Assert.False((await validator.ValidateAsync(users, user, "elevenchars")).Succeeded);
        Assert.True((await validator.ValidateAsync(users, user, "twelve chars")).Succeeded);
    }

    [Fact]
    public async Task DisabledUserIsSignedOutOfAnOpenSessionAndCannotSignInAgain()
    {
        var editor = await app.CreateUserAsync("editor@example.org");
        var admin = await app.CreateUserAsync("admin@example.org", "Admin");
        var editorClient = app.CreateBrowserLikeClient();
        await editorClient.SignInAsync("editor@example.org");
        Assert.Equal(HttpStatusCode.OK, (await editorClient.GetAsync("/workspace")).StatusCode);

        var adminClient = app.CreateBrowserLikeClient();
        await adminClient.SignInAsync("admin@example.org");
        var disabled = await adminClient.PostFormAsync("/workspace/admin/users", [], $"/workspace/admin/users?handler=Disable&id={editor.Id}");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        // Sessions are checked against the account at most once a minute: past that, the old cookie is refused.
        app.Clock.Now = app.Clock.Now.AddMinutes(2);
        var after = await editorClient.GetAsync("/workspace");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/workspace/signin", after.Headers.Location!.ToString());
        Assert.Contains("not accepted", await (await editorClient.SignInAsync("editor@example.org")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await adminClient.GetAsync("/workspace")).StatusCode);
        Assert.NotEqual(editor.Id, admin.Id);
    }

    [Fact]
    public async Task InvitedUserChoosesAPasswordOnceThroughTheLink()
    {
        await app.CreateUserAsync("admin@example.org", "Admin");
        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync("admin@example.org");
        var users = await admin.GetStringAsync("/workspace/admin/users");
        var organisation = System.Text.RegularExpressions.Regex.Match(users, "<option value=\"(?<id>[0-9a-f-]{36})\">").Groups["id"].Value;
        var invited = await admin.PostFormAsync("/workspace/admin/users",
            new() { ["Input.Email"] = "new@example.org", ["Input.OrganisationId"] = organisation, ["Input.Role"] = "Reviewer" },
            "/workspace/admin/users?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var link = System.Text.RegularExpressions.Regex.Match(await admin.GetStringAsync("/workspace/admin/users"),
            "<code>https://localhost(?<path>/workspace/account/set-password[^<]+)</code>").Groups["path"].Value;
        link = WebUtility.HtmlDecode(link);
        Assert.NotEmpty(link);

        var newcomer = app.CreateBrowserLikeClient();
        var tooShort = await newcomer.PostFormAsync(link, new() { ["Input.Password"] = "short" }, link);
        Assert.Contains("Use at least 12 characters", await tooShort.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.PostFormAsync(link, new() { ["Input.Password"] = "a long new password" }, link)).StatusCode);
        var again = await newcomer.PostFormAsync(link, new() { ["Input.Password"] = "another long password" }, link);
        Assert.Contains("expired or was already used", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.SignInAsync("new@example.org", "a long new password")).StatusCode);
    }
}
