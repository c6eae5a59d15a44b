using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Stats;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api.Stats;

[Collection(TrackerAppCollection.Name)]
public sealed class TimeseriesTests(TrackerApp app) : IAsyncLifetime
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 1, 31);

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await StatsScenario.AddVariedHistoriesAsync(app);
        await StatsScenario.AddWithheldSentinelAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Confidence.Verified)]
    [InlineData(Confidence.Claimed)]
    public async Task EveryDailyPointEqualsTheSummaryOfItsDate(Confidence threshold)
    {
        var json = await app.CreateClient().GetJsonAsync($"/api/v1/stats/timeseries?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&interval=day&minConfidence={threshold}");
        var points = json.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(31, points.Count);

        await using var scope = app.Services.CreateAsyncScope();
        var stats = scope.ServiceProvider.GetRequiredService<StatsService>();
        foreach (var point in points)
        {
            var date = DateOnly.Parse(point.GetProperty("periodEnd").GetString()!);
            var full = await stats.GetSummaryAsync(date, threshold, since: date.AddDays(-1));
            var summary = full.Register;
            var at = $"on {date:yyyy-MM-dd}";
            Assert.True(summary.Held == point.GetProperty("held").GetInt32(), $"held {at}");
            Assert.True(summary.WhereaboutsUnknown == point.GetProperty("whereaboutsUnknown").GetInt32(), $"whereabouts unknown {at}");
            Assert.True(summary.ReleasedVerified == point.GetProperty("releasedVerified").GetInt32(), $"released {at}");
            Assert.True(summary.ReleaseReportedUnverified == point.GetProperty("releaseReportedUnverified").GetInt32(), $"unverified {at}");
            Assert.True(summary.Deceased == point.GetProperty("deceased").GetInt32(), $"deceased {at}");
            Assert.True(summary.NewArrests.Counted == point.GetProperty("newArrests").GetInt32(), $"arrests {at}");
            Assert.True(summary.NewArrests.Reported == point.GetProperty("newArrestsReported").GetInt32(), $"reported arrests {at}");
            Assert.True(await stats.VerifiedReleasesAsync(From, date, threshold, default) == point.GetProperty("verifiedReleasesSinceFrom").GetInt32(), $"verified since from {at}");
            Assert.Equal(full.Official.LatestClaim?.Id.ToString(), point.GetProperty("officialClaimId").GetString());
            Assert.Equal(full.Official.LatestClaim?.Number, point.GetProperty("officialClaim").GetString());
            Assert.Equal(full.Independent.Releases?.Low.Id.ToString(), point.GetProperty("independentLowId").GetString());
            Assert.Equal(full.Independent.Releases?.High.Figure, Int(point.GetProperty("independentHigh")));
        }
    }

    [Fact]
    public async Task CountsReportedReleasesAtAnyConfidenceSinceFrom()
    {
        var json = await app.CreateClient().GetJsonAsync("/api/v1/stats/timeseries?from=2026-01-01&to=2026-01-31");
        var byDate = json.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("periodEnd").GetString()!);

        // 12 demo people reported released on 8 January (one confirmed, 11 reported or claimed).
        Assert.Equal(12, byDate["2026-01-08"].GetProperty("reportedReleasesSinceFrom").GetInt32());
        Assert.Equal(1, byDate["2026-01-08"].GetProperty("verifiedReleasesSinceFrom").GetInt32());
        // Then the scenario's: 9th (revolving), 11th (same day), 12th (rejected: not counted), 14th (pending).
        Assert.Equal(15, byDate["2026-01-14"].GetProperty("reportedReleasesSinceFrom").GetInt32());
    }

    [Fact]
    public async Task WeeklyPointsCoverTheRangeEndingOnTo()
    {
        var json = await app.CreateClient().GetJsonAsync("/api/v1/stats/timeseries?from=2026-01-01&to=2026-01-31&interval=week");
        var points = json.GetProperty("points").EnumerateArray().ToList();

        Assert.Equal(5, points.Count);
        Assert.Equal("2026-01-07", points[0].GetProperty("periodEnd").GetString());
        Assert.Equal("2026-01-29", points[4].GetProperty("periodStart").GetString());
        Assert.Equal("2026-01-31", points[4].GetProperty("periodEnd").GetString());
        var daily = await app.CreateClient().GetJsonAsync("/api/v1/stats/timeseries?from=2026-01-01&to=2026-01-31&interval=day");
        Assert.Equal(daily.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("newArrests").GetInt32()),
            points.Sum(p => p.GetProperty("newArrests").GetInt32()));
    }

    [Fact]
    public async Task CsvHoldsTheSameNumbersAsJson()
    {
        var client = app.CreateClient();
        var json = await client.GetJsonAsync("/api/v1/stats/timeseries?from=2026-01-05&to=2026-01-25");
        var response = await client.GetAsync("/api/v1/stats/timeseries?from=2026-01-05&to=2026-01-25&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var points = json.GetProperty("points").EnumerateArray().ToList();

        Assert.Equal(points.Count, lines.Length - 1);
        for (var i = 0; i < points.Count; i++)
        {
            var cells = SplitCsv(lines[i + 1]);
            foreach (var (column, cell) in header.Zip(cells))
            {
                var value = points[i].GetProperty(column);
                var expected = value.ValueKind == JsonValueKind.Null ? "" : value.ToString();
                Assert.True(expected == cell, $"row {i}, {column}: JSON {expected}, CSV {cell}");
            }
        }
    }

    [Fact]
    public async Task NeverNamesTheWithheldPerson()
    {
        var client = app.CreateClient();
        Assert.DoesNotContain("Zzyzx", await client.GetStringAsync("/api/v1/stats/timeseries?from=2026-01-01&to=2026-01-31"));
        Assert.DoesNotContain("Zzyzx", await client.GetStringAsync("/api/v1/stats/timeseries?from=2026-01-01&to=2026-01-31&format=csv"));
    }

    [Theory]
    [InlineData("interval=hour", "interval")]
    [InlineData("from=2026-01-31&to=2026-01-01", "from")]
    [InlineData("from=2000-01-01&to=2026-01-31&interval=day", "to")]
    [InlineData("from=yesterday", "from")]
    [InlineData("minConfidence=high", "minConfidence")]
    public async Task RejectsInvalidQueryNamingTheField(string query, string field)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/stats/timeseries?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    [Fact]
    public async Task AcceptsLongRangesWithLongerIntervals()
    {
        var json = await app.CreateClient().GetJsonAsync("/api/v1/stats/timeseries?from=2000-01-01&to=2026-01-31&interval=month");
        Assert.Equal(313, json.GetProperty("points").GetArrayLength());
    }

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
