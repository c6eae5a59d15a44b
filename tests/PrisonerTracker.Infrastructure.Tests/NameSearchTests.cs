using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure.DemoData;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests;

[Collection(DatabaseCollection.Name)]
public sealed partial class NameSearchTests(DatabaseFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await using var db = fixture.CreateContext();
        await DemoDataLoader.LoadAsync(db);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Rocío San Miguel")]
    [InlineData("Rocio San Miguel")]
    [InlineData("rocío sanmiguel")]
    [InlineData("ROCIO SAN MIGUEL")]
    [InlineData("san miguel")]
    [InlineData("Rocio San Migel")]
    public async Task FindsRocioSanMiguelWhateverTheAccentsCaseOrSpacing(string query)
    {
        Assert.Equal(["Rocío San Miguel"], await SearchAsync(query));
    }

    [Fact]
    public async Task FindsEveryMarquezWithoutTheAccent()
    {
        Assert.Equal(["Alfredo Márquez", "Enrique Márquez"], await SearchAsync("marquez"));
    }

    [Fact]
    public async Task FindsNobodyForAnUnrelatedName()
    {
        Assert.Empty(await SearchAsync("Zacarías Quintero"));
    }

    [Fact]
    public async Task TreatsLikeWildcardsAsPlainText()
    {
        Assert.Empty(await SearchAsync("%"));
        Assert.Empty(await SearchAsync("_"));
    }

    [Fact]
    public async Task FuzzyMatchCanUseTheTrigramIndex()
    {
        await using var db = fixture.CreateContext();
        var sql = db.Detainees.MatchingName("rocio migel").Select(d => d.Name).ToQueryString();
        var parameters = ParameterLine().Matches(sql).Select(m => new NpgsqlParameter(m.Groups[1].Value, m.Groups[2].Value)).ToArray();
        var select = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith("--")));

        // With sequential scans priced out, the planner shows whether the index can serve the query at all.
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
        // On a handful of rows the list's name-order index (partial: not deleted) looks cheaper still;
        // set aside inside this transaction, which rolls back, so the plan shows the trigram index or nothing.
        await db.Database.ExecuteSqlRawAsync("DROP INDEX ix_detainees_name_id");
        // The operator's threshold comes from the session, set when the connection opened (the default is 0.6).
        Assert.Equal("0.5", await db.Database.SqlQueryRaw<string>("SELECT current_setting('pg_trgm.word_similarity_threshold') AS \"Value\"").SingleAsync());
        var explain = "EXPLAIN " + select;  // the SQL EF generated; the values stay parameters
#pragma warning disable EF1003
        var plan = string.Join('\n', await db.Database.SqlQueryRaw<string>(explain, parameters).ToListAsync());
#pragma warning restore EF1003

        Assert.Contains("ix_detainees_search_text", plan);
        await transaction.RollbackAsync();  // puts the index back and releases the table for the search below
        Assert.Equal(["Rocío San Miguel"], await SearchAsync("rocio migel"));
    }

    [GeneratedRegex(@"^-- (@\w+)='(.*)'\r?$", RegexOptions.Multiline)]
    private static partial Regex ParameterLine();

    private async Task<List<string>> SearchAsync(string query)
    {
        await using var db = fixture.CreateContext();
        return await db.Detainees.MatchingName(query).Select(d => d.Name).OrderBy(n => n).ToListAsync();
    }

    [Theory]
    [InlineData("  Rocío   SAN  Miguel ", "rocio san miguel")]
    [InlineData("Sofía Sahagún", "sofia sahagun")]
    [InlineData("", "")]
    public void FoldsCaseAccentsAndSpaces(string input, string expected) => Assert.Equal(expected, NameSearch.Fold(input));
}
