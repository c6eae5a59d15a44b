using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.DemoData;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Api;
using System.Net.Http.Headers;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// Two instances of the app as separate processes, sharing a real <c>redis-server</c> and a
/// PostgreSQL primary with one streaming standby (a multi-host connection string, as in
/// docs/operations.md), holding the demo data. The API keys and the admin are made beforehand.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    public const string DatabaseName = "pt_scaleout";
    public const string AdminEmail = "admin@scaleout.example.org";
    public const int AnonymousApiPerMinute = 10;

    public PostgresPair Postgres { get; } = new();
    public RedisServer Redis { get; } = new();
    public AppInstance A { get; } = new();
    public AppInstance B { get; } = new();

    /// <summary>API keys by name: each test writes with keys of its own, so read-your-writes marks do not cross tests.</summary>
    public Dictionary<string, string> Keys { get; } = [];

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.StartAsync(), Redis.StartAsync());
        await PrepareDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Tracker"] = $"Host=127.0.0.1:{Postgres.PrimaryPort},127.0.0.1:{Postgres.StandbyPort};Database={DatabaseName};Username={TestDatabase.AppRole}",
            ["ConnectionStrings:Redis"] = Redis.ConnectionString,
            ["RateLimiting:AnonymousPerMinute"] = AnonymousApiPerMinute.ToString(),
            ["RateLimiting:KeyPerMinute"] = "1000000",
            ["Workspace:SignInsPerAddressPerMinute"] = "1000000",
            ["Workspace:SignInsPerAccountPerMinute"] = "1000000",
        };
        await Task.WhenAll(A.StartAsync(settings), B.StartAsync(settings));
    }

    private async Task PrepareDatabaseAsync()
    {
        await Postgres.ScalarAsync(Postgres.PrimaryPort, $"CREATE DATABASE {DatabaseName}");
        await Postgres.ScalarAsync(Postgres.PrimaryPort, $"CREATE ROLE {TestDatabase.AppRole} LOGIN");
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        TrackerDatabase.Configure(options, Postgres.Superuser(Postgres.PrimaryPort, DatabaseName));
        await using (var owner = new TrackerDbContext(options.Options, TimeProvider.System, TestKeys.Protector))
        {
            await owner.Database.MigrateAsync();
            await DatabaseRoles.GrantAppRoleAsync(owner, TestDatabase.AppRole, CancellationToken.None);
            await DemoDataLoader.LoadAsync(owner);
        }

        // Accounts, keys and the Data Protection key ring through the app's own services, before the
        // instances start: two instances starting on an empty key ring would each make a key.
        await using var setup = new SetupHost($"Host=127.0.0.1;Port={Postgres.PrimaryPort};Database={DatabaseName};Username={TestDatabase.AppRole}");
        foreach (var (name, role) in new[] { ("editor-a", StaffRole.Editor), ("reviewer-b", StaffRole.Reviewer), ("writer-c", StaffRole.Editor), ("reader-d", StaffRole.Editor) })
            Keys[name] = (await setup.CreateApiKeyAsync(role, $"Scale-out {name}")).Key;
        await setup.CreateUserAsync(AdminEmail, "Admin");
        setup.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key ring").Protect("made");
    }

    /// <summary>An arrest recorded by one key and approved by another on <paramref name="on"/>: one more person held.</summary>
    public async Task RecordApprovedArrestAsync(AppInstance on, string name)
    {
        var editor = Keyed(on, "editor-a");
        var reviewer = Keyed(on, "reviewer-b");
        var person = (await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name })).JsonAsync()).GetProperty("id").GetGuid();
        var recorded = await (await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "Arrested", date = "2026-01-06", confidence = "Verified" })).JsonAsync();
        var review = await reviewer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{recorded.GetProperty("id").GetGuid()}/review", new { decision = "approve" });
        Assert.True(review.IsSuccessStatusCode, await review.Content.ReadAsStringAsync());
    }

    /// <summary>A client of <paramref name="on"/> sending the key made under <paramref name="key"/>.</summary>
    public HttpClient Keyed(AppInstance on, string key)
    {
        var client = new SharedCookies().ClientFor(on);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[key]);
        return client;
    }

    public async Task DisposeAsync()
    {
        A.Dispose();
        B.Dispose();
        Redis.Dispose();
        await Postgres.DisposeAsync();
    }

    private sealed class SetupHost(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Tracker", connectionString);
            foreach (var (name, value) in TestKeys.Settings) builder.UseSetting(name, value);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ScaleOutCollection : ICollectionFixture<ScaleOutCluster>
{
    public const string Name = "scale-out";
}
