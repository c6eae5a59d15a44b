using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Tests.Browser;

public sealed class HomePageTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task HomePageShowsHeadlineNumbersOfToday()
    {
        Summary expected;
        using (var scope = App.Services.CreateScope())
            expected = await scope.ServiceProvider.GetRequiredService<StatsService>().GetSummaryAsync();

        var page = await OpenAsync("/");
        Assert.Equal("Political prisoners: claims and verified facts", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(expected.Held.ToString(), await page.Locator("[data-testid=held] .number").InnerTextAsync());
        Assert.Equal(expected.ReleasedVerified.ToString(), await page.Locator("[data-testid=released-verified] .number").InnerTextAsync());
        Assert.Equal("at least 200", await page.Locator("[data-testid=latest-claim] .number").InnerTextAsync());
        Assert.Contains("31 January 2026", await page.Locator("main p").First.InnerTextAsync());
    }

    [Fact]
    public async Task ClaimsChartIsDrawnFromItsTable()
    {
        var page = await OpenAsync("/");
        var figure = page.Locator("figure[data-testid=claims-chart]");
        await Assertions.Expect(figure).ToHaveAttributeAsync("data-chart-state", "drawn");

        var rows = await figure.Locator("tbody tr").CountAsync();
        var chart = await figure.Locator("canvas").EvaluateAsync<ChartSnapshot>(
            "c => { const chart = Chart.getChart(c); return { Labels: chart.data.labels.length, Series: chart.data.datasets.map(d => d.label), Values: chart.data.datasets.map(d => d.data.filter(v => v !== null).length) }; }");
        Assert.Equal(rows, chart.Labels);
        Assert.Equal(["Official claim", "Independent count"], chart.Series);
        Assert.Equal(rows, chart.Values.Sum()); // every row is exactly one official or one independent number
        Assert.True(await figure.Locator("canvas").BoundingBoxAsync() is { Height: > 100 }, "the chart has room to be read");
    }

    [Fact]
    public async Task WithoutJavaScriptTheTableStillCarriesTheData()
    {
        var page = await OpenAsync("/", new BrowserNewContextOptions { JavaScriptEnabled = false });
        var figure = page.Locator("figure[data-testid=claims-chart]");
        Assert.Equal(0, await figure.Locator("canvas").CountAsync());
        Assert.False(await figure.Locator("table").GetAttributeAsync("hidden") is not null);
        await Assertions.Expect(figure.Locator("tbody tr", new() { HasText = "Jorge Rodríguez" }).First).ToContainTextAsync("at least 400");
    }

    // Filled by Playwright from the page's JSON, which needs settable properties.
    public sealed class ChartSnapshot
    {
        public int Labels { get; set; }
        public string[] Series { get; set; } = [];
        public int[] Values { get; set; } = [];
    }
}
