using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>Who may open which workspace page: anonymous readers none, editors no admin page.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class WorkspaceAccessTests(TrackerApp app) : IAsyncLifetime
{
    private static readonly string[] OpenPages = ["/workspace/signin", "/workspace/signin/two-factor", "/workspace/account/set-password", "/workspace/signout"];

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every workspace page the app has, found from its routes, so a new page cannot be left open by mistake.</summary>
    private List<string> WorkspacePages() =>
        [.. app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            // A page of one record is opened with a made-up id: the sign-in check comes before the lookup.
            .Select(p => "/" + System.Text.RegularExpressions.Regex.Replace(p.AttributeRouteInfo!.Template!, @"\{[^}]+\}", "00000000-0000-0000-0000-000000000001"))
            .Where(p => p.StartsWith("/workspace", StringComparison.Ordinal) && !OpenPages.Contains(p))
            .Distinct()];

    [Fact]
    public async Task AnonymousVisitorIsSentToSignInFromEveryWorkspacePage()
    {
        var pages = WorkspacePages();
        Assert.Contains("/workspace/admin/users", pages);
        var client = app.CreateBrowserLikeClient();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page} answered {response.StatusCode}");
            Assert.StartsWith("https://localhost/workspace/signin?ReturnUrl=", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task EditorIsRefusedEveryAdminPage()
    {
        await app.CreateUserAsync("editor@example.org");
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("editor@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace")).StatusCode);
        foreach (var page in WorkspacePages().Where(p => p.StartsWith("/workspace/admin", StringComparison.Ordinal)))
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task AdminOpensAdminPages()
    {
        await app.CreateUserAsync("admin@example.org", "Admin");
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("admin@example.org");
        foreach (var page in WorkspacePages().Where(p => p.StartsWith("/workspace/admin", StringComparison.Ordinal)))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task SignInCookieIsNotAcceptedByTheApi()
    {
        await app.CreateUserAsync("admin@example.org", "Admin");
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("admin@example.org");
        // Admin-only with a key; a cookie is no key, so a page on another site cannot use it against the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/api-keys")).StatusCode);
    }

    [Fact]
    public async Task FormPostWithoutItsAntiforgeryTokenIsRefusedAndChangesNothing()
    {
        await app.CreateUserAsync("admin@example.org", "Admin");
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("admin@example.org");
        var response = await client.PostAsync("/workspace/admin/users?handler=Invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "forged@example.org", ["Input.Role"] = "Admin",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("forged@example.org", await client.GetStringAsync("/workspace/admin/users"));
    }

    [Fact]
    public async Task SignInFormWithoutTokenIsRefused()
    {
        await app.CreateUserAsync("editor@example.org");
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostAsync("/workspace/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "editor@example.org", ["Input.Password"] = Support.Workspace.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
