using PrisonerTracker.Testing;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure.Synthetic;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests.Synthetic;

/// <summary>A dataset small enough for every test to generate its own, large enough to hold every kind of history.</summary>
internal static class SmallSyntheticDataset
{
    public static SyntheticOptions Options(int seed = 42) =>
        new() { Detainees = 300, Facilities = 25, Events = 1500, Announcements = 60, Seed = seed };

    /// <summary>Empties the shared database and generates into it.</summary>
    public static async Task<SyntheticResult> GenerateAsync(DatabaseFixture fixture, int seed = 42)
    {
        await fixture.Database.ResetAsync();
        return await SyntheticGenerator.GenerateAsync(fixture.Database.ConnectionString, Options(seed), TestKeys.Protector);
    }

    /// <summary>Everyone with their whole history, read back through EF Core as the app reads them.</summary>
    public static async Task<List<Detainee>> LoadPeopleAsync(DatabaseFixture fixture)
    {
        await using var db = fixture.CreateContext();
        return await db.Detainees.Include(d => d.Events).AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }
}
