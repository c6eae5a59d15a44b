using PrisonerTracker.Infrastructure;
using PrisonerTracker.Testing;

namespace PrisonerTracker.Infrastructure.Tests.Support;

/// <summary>One real, migrated PostgreSQL database shared by the persistence tests.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Stands after the seeds' story so that every date in it is in the past.</summary>
    public FixedClock Clock { get; } = FixedClock.On(2026, 1, 31);

    public TrackerDbContext CreateContext() => Database.CreateContext(Clock);

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("infra");

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
