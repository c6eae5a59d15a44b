using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Infrastructure;

public static class TrackerDatabase
{
    /// <summary>The one place the provider is configured, shared by the app, the tools and the tests.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
