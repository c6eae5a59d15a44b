using System.Net.Http.Json;
using System.Text.Json;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>The dashboard and the statistics API come from the same service: for one date they give the same numbers.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class DashboardConsistencyTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("2026-01-07")]
    [InlineData("2026-01-13")]
    [InlineData("2026-01-22")]
    [InlineData("2026-01-31")]
    public async Task HeadlineNumbersEqualTheSummaryApiForTheSameDate(string asOf)
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync($"/?asOf={asOf}");
        // The page counts "since" over its window (the chart's), which it names: the API is asked for the same one.
        var since = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"window\" data-from=\"(?<from>[0-9-]{10})\"").Groups["from"].Value;
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/summary?asOf={asOf}&since={since}");

        var register = api.GetProperty("register");
        Assert.Equal(register.GetProperty("namedPeople").GetInt32(), PageFigures.Attribute(html, "register-row", "data-named"));
        Assert.Equal(register.GetProperty("held").GetInt32(), PageFigures.Value(html, "held"));
        Assert.Equal(register.GetProperty("releasesVerifiedSince").GetProperty("count").GetInt32(), PageFigures.Value(html, "released-verified"));
        Assert.Equal(register.GetProperty("releasedVerified").GetInt32(), PageFigures.Value(html, "released-total"));
        Assert.Equal(register.GetProperty("releasedConditional").GetInt32(), PageFigures.Value(html, "released-conditional"));
        Assert.Equal(register.GetProperty("releaseReportedUnverified").GetInt32(), PageFigures.Value(html, "released-unverified"));
        Assert.Equal(register.GetProperty("newArrests").GetProperty("counted").GetInt32(), PageFigures.Value(html, "new-arrests"));

        var official = api.GetProperty("official");
        if (official.GetProperty("latestClaim").ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(Int(official.GetProperty("latestClaim").GetProperty("low")), PageFigures.Value(html, "latest-claim"));
            var difference = official.GetProperty("againstTallies").GetProperty("difference");
            Assert.Equal(difference.ValueKind == JsonValueKind.Null ? null : difference.GetProperty("fromHighest").GetInt32(), PageFigures.Attribute(html, "claim-gap", "data-value"));
        }
        var independent = api.GetProperty("independent");
        if (independent.GetProperty("held").ValueKind == JsonValueKind.Object)
            Assert.Equal(Int(independent.GetProperty("held").GetProperty("low")), PageFigures.Value(html, "independent-held"));
        if (independent.GetProperty("releases").ValueKind == JsonValueKind.Object)
        {
            var releases = independent.GetProperty("releases");
            Assert.Equal(releases.GetProperty("low").GetProperty("figure").GetInt32(), PageFigures.Attribute(html, "range-ends", "data-low"));
            Assert.Equal(releases.GetProperty("high").GetProperty("figure").GetInt32(), PageFigures.Attribute(html, "range-ends", "data-high"));
        }
    }

    [Theory]
    [InlineData("2026-01-13")]
    [InlineData("2026-01-31")]
    public async Task VerifiedReleasesSinceTheStartEqualTheTimeseriesApi(string asOf)
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync($"/?asOf={asOf}");
        var series = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/timeseries?from=2026-01-08&to={asOf}");
        var last = series.GetProperty("points").EnumerateArray().Last();
        Assert.Equal(last.GetProperty("verifiedReleasesSinceFrom").GetInt32(), PageFigures.Value(html, "released-verified"));
    }

    [Fact]
    public async Task VerifiedReleasesGoFromNoneBeforeTheFirstReleaseToOneAfter()
    {
        var client = app.CreateClient();
        Assert.Equal(0, PageFigures.Value(await client.GetStringAsync("/?asOf=2026-01-07"), "released-total"));
        Assert.Equal(1, PageFigures.Value(await client.GetStringAsync("/?asOf=2026-01-13"), "released-total"));
    }

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}
