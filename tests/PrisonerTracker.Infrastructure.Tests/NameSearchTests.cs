using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure.DemoData;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class NameSearchTests(DatabaseFixture fixture) : IAsyncLifetime
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
