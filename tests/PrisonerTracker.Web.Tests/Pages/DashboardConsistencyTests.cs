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

    // Each date says which national figures exist then (from the seed story), so a figure that goes
    // missing from the API or the page fails the test instead of skipping its check.
    [Theory]
    [InlineData("2026-01-07", false, false)]
    [InlineData("2026-01-13", true, true)]
    [InlineData("2026-01-22", true, true)]
    [InlineData("2026-01-31", true, true)]
    public async Task HeadlineNumbersEqualTheSummaryApiForTheSameDate(string asOf, bool claimInForce, bool releaseTalliesInForce)
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
        Assert.Equal(claimInForce, official.GetProperty("latestClaim").ValueKind == JsonValueKind.Object);
        // The card is always there; its number only when a claim is in force.
        Assert.Equal(claimInForce, PageFigures.Section(html, "latest-claim", "</div>").Contains("class=\"number\""));
        if (claimInForce)
        {
            Assert.Equal(Int(official.GetProperty("latestClaim").GetProperty("low")), PageFigures.Value(html, "latest-claim"));
            var difference = official.GetProperty("againstTallies").GetProperty("difference");
            Assert.Equal(difference.ValueKind == JsonValueKind.Null ? null : difference.GetProperty("fromHighest").GetInt32(), PageFigures.Attribute(html, "claim-gap", "data-value"));
        }
        // Foro Penal's count of people held (5 January) is in force on every date of the story.
        var independent = api.GetProperty("independent");
        Assert.Equal(Int(independent.GetProperty("held").GetProperty("low")), PageFigures.Value(html, "independent-held"));
        Assert.Equal(releaseTalliesInForce, independent.GetProperty("releases").ValueKind == JsonValueKind.Object);
        Assert.Equal(releaseTalliesInForce, html.Contains("data-testid=\"range-ends\""));
        if (releaseTalliesInForce)
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
