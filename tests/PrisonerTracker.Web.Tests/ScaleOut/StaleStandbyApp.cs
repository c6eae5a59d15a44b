using Microsoft.AspNetCore.Hosting;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// The app with a "standby" that never replays anything: <c>ConnectionStrings:TrackerReadOnly</c>
/// points at a second database, migrated and empty. Whatever a request reads from it shows up as
/// missing data, so each test can tell which database served a read.
/// </summary>
public sealed class StaleStandbyApp : TrackerApp
{
    private TestDatabase? _standby;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _standby = await TestDatabase.CreateAsync("standby");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:TrackerReadOnly", _standby!.AppConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_standby is not null) await _standby.DisposeAsync();
        _standby = null;
    }
}

[CollectionDefinition(Name)]
public sealed class StaleStandbyCollection : ICollectionFixture<StaleStandbyApp>
{
    public const string Name = "stale standby";
}
