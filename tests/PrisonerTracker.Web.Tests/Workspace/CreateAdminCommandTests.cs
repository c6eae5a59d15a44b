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
        });
        var client = app.CreateBrowserLikeClient();
        var path = link.Groups["path"].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(path, new() { ["Input.Password"] = "the admin's own long password" }, path)).StatusCode);
        Assert.Contains("expired or was already used",
            await (await client.PostFormAsync(path, new() { ["Input.Password"] = "a second long password" }, path)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin@example.org", "the admin's own long password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/admin/users")).StatusCode);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PrisonerTracker.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Tracker"] = _database.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"^https://tracker\.example\.org(?<path>/workspace/account/set-password\?\S+)$", RegexOptions.Multiline)]
    private static partial Regex LinkLine();
}
