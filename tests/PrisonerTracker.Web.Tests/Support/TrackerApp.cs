using Microsoft.AspNetCore.OutputCaching;
using PrisonerTracker.Web.Hosting.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.DemoData;
using PrisonerTracker.Testing;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>
/// The app under test for one collection: one real PostgreSQL database, one host. The
/// clock stands on 31 January 2026, after the seeds' story, so every story date is "past".
/// </summary>
public class TrackerApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public FixedClock Clock { get; } = FixedClock.On(2026, 1, 31);

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public virtual async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("web");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As the app's own role: the audit log is append-only for it, as in production.
        builder.UseSetting("ConnectionStrings:Tracker", Database.AppConnectionString);
        foreach (var (name, value) in TestKeys.Settings) builder.UseSetting(name, value);
        // The whole suite shares one client address; rate-limit tests use their own host with tiny limits.
        builder.UseSetting("RateLimiting:AnonymousPerMinute", "1000000");
        builder.UseSetting("RateLimiting:KeyPerMinute", "1000000");
        builder.UseSetting("Workspace:SignInsPerAddressPerMinute", "1000000");
        builder.UseSetting("Workspace:SignInsPerAccountPerMinute", "1000000");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    /// <summary>Empties the database; with <paramref name="demo"/>, loads the demo dataset again.</summary>
    public async Task ResetAsync(bool demo = true)
    {
        await Database.ResetAsync();
        Clock.Now = new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);
        if (demo)
        {
            await using var db = CreateDbContext();
            await DemoDataLoader.LoadAsync(db);
        }
        // The listener would evict on the reset's notifications too, a moment later; a test must not race it.
        await Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicOutputCachePolicy.Tag, default);
    }

    /// <summary>A context that evicts the app's output cache when it saves, as the app's own contexts do.</summary>
    public TrackerDbContext CreateDbContext(TimeProvider? clock = null) =>
        Database.CreateContext(clock ?? Clock, interceptors: [Services.GetRequiredService<OutputCacheEviction>()]);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TrackerAppCollection : ICollectionFixture<TrackerApp>
{
    public const string Name = "tracker app";
}
