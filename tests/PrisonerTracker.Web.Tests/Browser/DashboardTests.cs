using Microsoft.Playwright;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>The dashboard in a real browser: charts drawn, the date picker, Spanish, the embed.</summary>
public sealed class DashboardTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task EveryChartIsDrawnOnACanvasWithRoom()
    {
        var page = await OpenAsync("/?asOf=2026-01-13");
        // The timeline and the breakdowns with a visible count (the others are all "<5" or hidden: tables only).
        var figures = page.Locator("figure[data-chart]");
        Assert.Equal(2, await figures.CountAsync());
        await Assertions.Expect(page.Locator("figure[data-testid=breakdown-service][data-chart=bar]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("figure[data-testid=breakdown-gender]:not([data-chart]) table")).ToBeVisibleAsync();
        foreach (var figure in await figures.AllAsync())
        {
            await Assertions.Expect(figure).ToHaveAttributeAsync("data-chart-state", "drawn");
            var canvas = figure.Locator("canvas");
            Assert.True(await canvas.EvaluateAsync<bool>("c => Chart.getChart(c) !== undefined"), "a Chart.js instance owns the canvas");
            Assert.True(await canvas.BoundingBoxAsync() is { Width: > 100, Height: > 100 }, "the canvas has a size");
        }
    }

    [Fact]
    public async Task AnnouncementDaysAreLabelledPoints()
    {
        var page = await OpenAsync("/?asOf=2026-01-13");
        var canvas = page.Locator("figure[data-testid=claims-timeline] canvas");
        await Assertions.Expect(page.Locator("figure[data-testid=claims-timeline]")).ToHaveAttributeAsync("data-chart-state", "drawn");
        var markers = await canvas.EvaluateAsync<string[]>("c => Chart.getChart(c).data.datasets[0].markers.filter(m => m)");
        Assert.Contains("Venezuelan penitentiary authority: 116", markers);
        Assert.Contains(markers, m => m.Contains("Jorge Rodríguez") && m.Contains("more than 400"));
    }

    [Fact]
    public async Task DatePickerRecomputesTheWholePage()
    {
        var page = await OpenAsync("/?asOf=2026-01-07");
        await Assertions.Expect(page.Locator("[data-testid=released-total]")).ToHaveTextAsync("0");

        await page.GetByLabel("Numbers as of").FillAsync("2026-01-13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("asOf=2026-01-13"));
        await Assertions.Expect(page.Locator("[data-testid=released-total]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-testid=released-verified] .number")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-testid=latest-claim] .number")).ToHaveTextAsync("more than 400");
        await Assertions.Expect(page.Locator("[data-testid=as-of]")).ToContainTextAsync("13 January 2026");
    }

    [Fact]
    public async Task SpanishDashboardHasSpanishLabelsAndChartLegends()
    {
        var page = await OpenAsync("/?asOf=2026-01-13", new BrowserNewContextOptions { Locale = "es-VE" });
        await Assertions.Expect(page.Locator("[data-testid=held]")).ToContainTextAsync("siguen detenidas");
        await Assertions.Expect(page.Locator("[data-testid=latest-claim] .number")).ToHaveTextAsync("más de 400");
        await Assertions.Expect(page.GetByLabel("Cifras al")).ToHaveValueAsync("2026-01-13");
        await Assertions.Expect(page.Locator("#breakdowns-heading")).ToHaveTextAsync("Quiénes siguen detenidos");
        await Assertions.Expect(page.Locator("figure[data-testid=breakdown-gender] tbody th")).ToHaveTextAsync(["hombre", "mujer"]);
        var service = page.Locator("figure[data-testid=breakdown-service]");
        await Assertions.Expect(service).ToHaveAttributeAsync("data-chart-state", "drawn");
        var legend = await service.Locator("canvas").EvaluateAsync<string[]>("c => Chart.getChart(c).data.datasets.map(d => d.label)");
        Assert.Equal(["Personas"], legend);
    }

    [Fact]
    public async Task EmbeddedChartIsDrawnWithoutSiteChrome()
    {
        var page = await OpenAsync("/embed/timeseries?from=2026-01-05&to=2026-01-22");
        await Assertions.Expect(page.Locator("figure[data-testid=claims-timeline]")).ToHaveAttributeAsync("data-chart-state", "drawn");
        Assert.Equal(0, await page.Locator("header, nav, footer").CountAsync());
        Assert.True(await page.Locator("canvas").BoundingBoxAsync() is { Width: > 100, Height: > 100 });
        await Assertions.Expect(page.Locator("[data-testid=source] a").First).ToHaveAttributeAsync("href", new Uri(App.BaseAddress, "/?asOf=2026-01-22").ToString());
    }

    [Fact]
    public async Task TalliesArePointsWithTheirRangeAndRegisterReleasesHaveTheirOwnAxis()
    {
        var page = await OpenAsync("/?asOf=2026-01-22");
        await Assertions.Expect(page.Locator("figure[data-testid=claims-timeline]")).ToHaveAttributeAsync("data-chart-state", "drawn");
        var canvas = page.Locator("figure[data-testid=claims-timeline] canvas");

        var official = await canvas.EvaluateAsync<bool>("c => Chart.getChart(c).data.datasets[0].stepped === 'before'");
        var tallies = await canvas.EvaluateAsync<bool[]>("c => Chart.getChart(c).data.datasets.filter(d => d.range === 'low' || d.range === 'high').map(d => d.showLine)");
        var range = await canvas.EvaluateAsync<double[]>("c => Chart.getChart(c).data.datasets.find(d => d.isRange).data.filter(v => v).at(-1)");
        var registerAxis = await canvas.EvaluateAsync<string>("c => { const s = Chart.getChart(c).scales.register; return s.options.position + ':' + s.options.title.text + ':' + s.max; }");

        Assert.True(official, "the official claim is a step line");
        Assert.Equal([false, false], tallies);
        Assert.Equal([50, 170], range);
        Assert.StartsWith("right:Named cases in this register:", registerAxis);
        Assert.True(int.Parse(registerAxis.Split(':')[^1]) <= 5, "on the register's axis a count of 1 is a fifth of the height or more");
    }
}
