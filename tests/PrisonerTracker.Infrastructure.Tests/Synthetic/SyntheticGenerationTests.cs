using PrisonerTracker.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Infrastructure.DemoData;
using PrisonerTracker.Infrastructure.Synthetic;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests.Synthetic;

[Collection(DatabaseCollection.Name)]
public sealed class SyntheticGenerationTests(DatabaseFixture fixture)
{
    private static readonly string[] Tables = SyntheticTables.All;

    [Fact]
    public async Task WritesExactlyTheRequestedCounts()
    {
        var result = await SmallSyntheticDataset.GenerateAsync(fixture);

        Assert.Equal((300, 25, 1500, 60), (result.Detainees, result.Facilities, result.Events, result.Announcements));
        var rows = await CountRowsAsync();
        Assert.Equal(300, rows["detainees"]);
        Assert.Equal(300, rows["detainee_restricted_details"]);
        Assert.Equal(25, rows["facilities"]);
        Assert.Equal(1500, rows["verification_events"]);
        Assert.Equal(1500, rows["event_sources"]);
        Assert.Equal(60, rows["announcements"]);
        Assert.Equal(60, rows["announcement_sources"]);
        Assert.Equal(1, rows["sources"]);
    }

    [Fact]
    public async Task SameSeedWritesIdenticalRows()
    {
        await SmallSyntheticDataset.GenerateAsync(fixture, seed: 42);
        var first = await DumpAsync();
        await SmallSyntheticDataset.GenerateAsync(fixture, seed: 42);
        var second = await DumpAsync();

        Assert.All(Tables, table => Assert.True(first[table].Length > 0, $"{table} is empty"));
        Assert.All(Tables, table => Assert.Equal(first[table], second[table]));
    }

    [Fact]
    public async Task DifferentSeedWritesDifferentPeopleAndHistories()
    {
        await SmallSyntheticDataset.GenerateAsync(fixture, seed: 42);
        var first = await DumpAsync();
        var firstNames = await NamesAsync();
        await SmallSyntheticDataset.GenerateAsync(fixture, seed: 43);
        var second = await DumpAsync();

        Assert.NotEqual(first["detainees"], second["detainees"]);
        Assert.NotEqual(first["verification_events"], second["verification_events"]);
        Assert.NotEqual(firstNames, await NamesAsync());
    }

    [Fact]
    public async Task RefusesGivenDatabaseWithDetainees()
    {
        await fixture.Database.ResetAsync();
        await using (var db = fixture.CreateContext()) await DemoDataLoader.LoadAsync(db);
        var before = await CountRowsAsync();

        var error = await Assert.ThrowsAsync<SyntheticTargetNotEmptyException>(() =>
            SyntheticGenerator.GenerateAsync(fixture.Database.ConnectionString, SmallSyntheticDataset.Options(), TestKeys.Protector));

        Assert.Contains("already holds 13 detainee(s)", error.Message);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task RefusesToGenerateTwiceIntoTheSameDatabase()
    {
        await SmallSyntheticDataset.GenerateAsync(fixture);

        await Assert.ThrowsAsync<SyntheticTargetNotEmptyException>(() =>
            SyntheticGenerator.GenerateAsync(fixture.Database.ConnectionString, SmallSyntheticDataset.Options(seed: 1), TestKeys.Protector));

        Assert.Equal(300, (await CountRowsAsync())["detainees"]);
    }

    [Fact]
    public async Task FailureHalfwayCommitsNothingAndKeepsTheSchema()
    {
        await fixture.Database.ResetAsync();
        // No detainees, so the generator starts; the organisation's name clashes with a synthetic one only later.
        await using (var db = fixture.CreateContext())
        {
            db.Organisations.Add(new Organisation($"{SyntheticVocabulary.Prefix} Newsroom", OrganisationKind.Media));
            await db.SaveChangesAsync();
        }
        var schema = await SchemaAsync();

        await Assert.ThrowsAsync<PostgresException>(() =>
            SyntheticGenerator.GenerateAsync(fixture.Database.ConnectionString, SmallSyntheticDataset.Options(), TestKeys.Protector));

        var rows = await CountRowsAsync();
        Assert.All(Tables.Where(t => t != "organisations"), table => Assert.Equal(0, rows[table]));
        Assert.Equal(1, rows["organisations"]);
        Assert.Equal(schema, await SchemaAsync());
    }

    private Task<Dictionary<string, long>> CountRowsAsync() => SyntheticTables.CountRowsAsync(fixture.Database.ConnectionString);

    private Task<Dictionary<string, string>> DumpAsync() => SyntheticTables.DumpAsync(fixture.Database.ConnectionString);

    private Task<string> SchemaAsync() => SyntheticTables.SchemaAsync(fixture.Database.ConnectionString);

    private async Task<List<string>> NamesAsync()
    {
        await using var db = fixture.CreateContext();
        return await db.Detainees.OrderBy(d => d.Name).Select(d => d.Name).ToListAsync();
    }
}
