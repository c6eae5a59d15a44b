using PrisonerTracker.Web.Tests.Pages;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>One spelling of every enum value in JSON, CSV, OpenAPI and query strings: kebab-case.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class EnumCasingTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task JsonWritesEnumValuesInKebabCase()
    {
        var client = app.CreateClient();
        var summary = await client.GetJsonAsync("/api/v1/stats/summary?asOf=2026-01-13");
        var series = await client.GetJsonAsync("/api/v1/stats/timeseries?from=2026-01-05&to=2026-01-13");
        var events = await client.GetJsonAsync("/api/v1/events?to=2026-01-08&kind=released-conditional&confidence=confirmed");

        Assert.Equal("verified", summary.GetProperty("threshold").GetString());
        Assert.Equal("more-than", summary.GetProperty("official").GetProperty("latestClaim").GetProperty("qualifier").GetString());
        Assert.Equal(("day", "verified"), (series.GetProperty("interval").GetString(), series.GetProperty("threshold").GetString()));
        var release = Assert.Single(events.GetProperty("items").EnumerateArray());
        Assert.Equal(("released-conditional", "confirmed", "approved", "day"),
            (release.GetProperty("kind").GetString(), release.GetProperty("confidence").GetString(),
             release.GetProperty("reviewState").GetString(), release.GetProperty("datePrecision").GetString()));
    }

    [Fact]
    public async Task CsvWritesTheSameSpellingAsTheJson()
    {
        var csv = await app.CreateClient().GetAsync("/api/v1/events?to=2026-01-08&kind=released-conditional&confidence=confirmed&format=csv");

        Assert.Equal(["released-conditional"], await PageHtml.CsvColumnAsync(csv, "kind"));
    }

    [Fact]
    public async Task QueryStringsStillAcceptTheOlderSpelling()
    {
        var older = await app.CreateClient().GetJsonAsync("/api/v1/events?to=2026-01-08&kind=ReleasedConditional&confidence=Confirmed");

        Assert.Single(older.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task OpenApiListsKebabCaseValuesForBodiesAndTheExcelFormatForQueries()
    {
        var doc = await app.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");

        var kinds = doc.GetProperty("components").GetProperty("schemas").GetProperty("EventKind").GetProperty("enum").EnumerateArray().Select(v => v.GetString());
        Assert.Contains("released-conditional", kinds);
        Assert.All(kinds, k => Assert.Matches("^[a-z]+(-[a-z]+)*$", k));
        var format = doc.GetProperty("paths").GetProperty("/api/v1/detainees").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "format").GetProperty("schema");
        Assert.Equal(["json", "csv", "csv-excel"], format.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }
}
