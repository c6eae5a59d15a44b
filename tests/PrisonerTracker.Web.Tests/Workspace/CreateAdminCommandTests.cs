using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>
/// The first admin, made as an operator makes it: the app's executable on a new, empty database
/// prints a one-time link; the admin chooses a password there and signs in. No default password.
/// </summary>
public sealed partial class CreateAdminCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("admincli", migrate: false);
    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task FirstAdminGetsAOneTimeLinkAndNoPassword()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(2, (await RunAsync("--", "create-admin", "--email", "admin@example.org")).ExitCode);
        Assert.Equal(1, (await RunAsync("--", "create-admin", "--email", "admin@example.org", "--organisation", "Foro Penal")).ExitCode);

        var created = await RunAsync("--", "create-admin", "--email", "admin@example.org", "--organisation", "Foro Penal",
            "--create-organisation", "ngo", "--base-url", "https://tracker.example.org/");
        Assert.Equal(0, created.ExitCode);
        var link = LinkLine().Match(created.Output);
        Assert.True(link.Success, created.Output);
        await using (var db = _database.CreateContext(TimeProvider.System))
        {
            var admin = await db.Users.SingleAsync();
            Assert.Equal(("admin@example.org", "Admin", null), (admin.Email, admin.Role, admin.PasswordHash));
        }
        Assert.Equal(1, (await RunAsync("--", "create-admin", "--email", "admin@example.org", "--organisation", "Foro Penal")).ExitCode);

        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("ConnectionStrings:Tracker", _database.ConnectionString);
            foreach (var (name, value) in TestKeys.Settings) b.UseSetting(name, value);
        });
        var client = app.CreateBrowserLikeClient();
        var path = link.Groups["path"].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(path, new() { ["Input.Password"] = "the admin's own long password" }, path)).StatusCode);
        Assert.Contains("expired or was already used",
            await (await client.PostFormAsync(path, new() { ["Input.Password"] = "a second long password" }, path)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin@example.org", "the admin's own long password")).StatusCode);

        // Admins must use two-factor sign-in: until it is set up, every page leads to setting it up.
        var held = await client.GetAsync("/workspace/admin/users");
        Assert.Equal("/workspace/account/two-factor", held.Headers.Location?.ToString());
        var sharedKey = SharedKey().Match(await client.GetStringAsync("/workspace/account/two-factor")).Groups["key"].Value;
        var enrolled = await client.PostFormAsync("/workspace/account/two-factor",
            new() { ["Input.Code"] = Totp.Code(sharedKey, DateTimeOffset.UtcNow) });
        Assert.Equal(10, RecoveryCode().Matches(await enrolled.Content.ReadAsStringAsync()).Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/admin/users")).StatusCode);

        // The next sign-in asks for a code after the password.
        var next = app.CreateBrowserLikeClient();
        var password = await next.PostFormAsync("/workspace/signin",
            new() { ["Input.Email"] = "admin@example.org", ["Input.Password"] = "the admin's own long password" });
        Assert.StartsWith("/workspace/signin/two-factor", password.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/workspace")).StatusCode);
        var step = password.Headers.Location!.ToString();
        var wrong = await next.PostFormAsync(step, new() { ["Input.Code"] = "000000" }, step);
        Assert.Contains("That code was not accepted", await wrong.Content.ReadAsStringAsync());
        var code = await next.PostFormAsync(step, new() { ["Input.Code"] = Totp.Code(sharedKey, DateTimeOffset.UtcNow) }, step);
        Assert.Equal("/workspace", code.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/workspace/admin/users")).StatusCode);
    }

    [GeneratedRegex("""data-testid="shared-key">(?<key>[a-z2-7 ]+)</code>""")]
    private static partial Regex SharedKey();

    [GeneratedRegex("""<li><code>[A-Z0-9]{5}-[A-Z0-9]{5}</code></li>""")]
    private static partial Regex RecoveryCode();

    // As an operator would: the app's executable, as the app role, with the owner for migrations and the test keys.
    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => CommandLine.RunAsync(_database, null, args);

    [GeneratedRegex(@"^https://tracker\.example\.org(?<path>/workspace/account/set-password\?\S+)$", RegexOptions.Multiline)]
    private static partial Regex LinkLine();
}
