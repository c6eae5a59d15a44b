using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PrisonerTracker.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the context from <c>ConnectionStrings__Tracker</c>.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Tracker")
            ?? "Host=127.0.0.1;Port=5433;Database=prisonertracker;Username=postgres";
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        TrackerDatabase.Configure(options, connectionString);
        return new TrackerDbContext(options.Options);
    }
}
