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
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/summary?asOf={asOf}");

        Assert.Equal(api.GetProperty("held").GetInt32(), PageFigures.Value(html, "held"));
        Assert.Equal(api.GetProperty("releasedVerified").GetInt32(), PageFigures.Value(html, "released-total"));
        Assert.Equal(api.GetProperty("releasedConditional").GetInt32(), PageFigures.Value(html, "released-conditional"));
        Assert.Equal(api.GetProperty("releaseReportedUnverified").GetInt32(), PageFigures.Value(html, "released-unverified"));
        Assert.Equal(api.GetProperty("newArrests").GetProperty("counted").GetInt32(), PageFigures.Value(html, "new-arrests"));
        if (api.GetProperty("latestOfficialClaim").ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(Int(api.GetProperty("latestOfficialClaim").GetProperty("low")), PageFigures.Value(html, "latest-claim"));
            Assert.Equal(Int(api.GetProperty("officialClaimGap").GetProperty("difference")), PageFigures.Value(html, "claim-gap"));
        }
        if (api.GetProperty("latestNgoTally").ValueKind == JsonValueKind.Object)
            Assert.Equal(Int(api.GetProperty("latestNgoTally").GetProperty("low")), PageFigures.Value(html, "latest-tally"));
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
