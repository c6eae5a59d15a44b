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
        Assert.Equal(expected.Register.Held.ToString(), await page.Locator("[data-testid=held] .number").InnerTextAsync());
        Assert.Equal(expected.Register.ReleasedVerified.ToString(), await page.Locator("[data-testid=released-total]").InnerTextAsync());
        Assert.Equal("more than 200", await page.Locator("[data-testid=latest-claim] .number").InnerTextAsync());
        Assert.Contains("31 January 2026", await page.Locator("main p").First.InnerTextAsync());
    }

    [Fact]
    public async Task ClaimsChartIsDrawnFromItsTable()
    {
        var page = await OpenAsync("/?asOf=2026-01-22");
        var figure = page.Locator("figure[data-testid=claims-timeline]");
        await Assertions.Expect(figure).ToHaveAttributeAsync("data-chart-state", "drawn");

        var rows = await figure.Locator("tbody tr").CountAsync();
        var chart = await figure.Locator("canvas").EvaluateAsync<ChartSnapshot>(
            "c => { const chart = Chart.getChart(c); return { Labels: chart.data.labels.length, Series: chart.data.datasets.map(d => d.label), Values: chart.data.datasets.map(d => d.data.filter(v => v !== null).length) }; }");
        Assert.Equal(31, rows); // 23 December to 22 January (30 days back reach before the 8 January announcement), one row a day
        Assert.Equal(rows, chart.Labels);
        Assert.Equal(["Official claim", "Named cases verified released since 23 Dec 2025", "Independent tallies, lowest", "Independent tallies, highest", "Independent tallies, range"], chart.Series);
        Assert.Equal(rows, chart.Values[1]); // a verified count every day
        var box = await figure.Locator("canvas").BoundingBoxAsync();
        Assert.True(box is { Height: > 100, Width: > 300 }, "the chart has room to be read");
    }

    [Fact]
    public async Task WithoutJavaScriptTheTableStillCarriesTheData()
    {
        var page = await OpenAsync("/?asOf=2026-01-22", new BrowserNewContextOptions { JavaScriptEnabled = false });
        var figure = page.Locator("figure[data-testid=claims-timeline]");
        Assert.Equal(0, await figure.Locator("canvas").CountAsync());
        await Assertions.Expect(figure.Locator("table")).ToBeVisibleAsync();
        var announcement = figure.Locator("tbody tr", new() { HasText = "13 Jan 2026" });
        await Assertions.Expect(announcement).ToContainTextAsync("more than 400");
        await Assertions.Expect(announcement).ToContainTextAsync("Jorge Rodríguez");
    }

    // Filled by Playwright from the page's JSON, which needs settable properties.
    public sealed class ChartSnapshot
    {
        public int Labels { get; set; }
        public string[] Series { get; set; } = [];
        public int[] Values { get; set; } = [];
    }
}
