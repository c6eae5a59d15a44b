using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>Sign-in attempts are limited per client address and per account, on hosts with tiny limits.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class SignInRateLimitTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private WebApplicationFactory<Program> Host(string setting) =>
        app.WithWebHostBuilder(b => b.UseSetting($"Workspace:{setting}", "2"));

    [Fact]
    public async Task ThirdAttemptFromOneAddressInAMinuteIsRefusedWith429()
    {
        await using var host = Host("SignInsPerAddressPerMinute");
        await host.CreateUserAsync("editor@example.org");
        var client = host.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("editor@example.org", "wrong password 1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("someone@example.org", "wrong password 2")).StatusCode);
        var refused = await client.SignInAsync("editor@example.org");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task ThirdAttemptOnOneAccountInAMinuteIsRefusedBesideTheField()
    {
        await using var host = Host("SignInsPerAccountPerMinute");
        await host.CreateUserAsync("editor@example.org");
        var client = host.CreateBrowserLikeClient();
        await client.SignInAsync("editor@example.org", "wrong password 1");
        await client.SignInAsync("EDITOR@example.org", "wrong password 2");
        var refused = await client.SignInAsync("editor@example.org");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Too many attempts for this account", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/workspace")).StatusCode);
    }
}
