using Microsoft.Playwright;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>
/// Every public page on a 360 px phone, in both languages: nothing wider than the screen, no status
/// badge cut off, and a line chart with a plot tall enough to read.
/// </summary>
public sealed class NarrowScreenTests(BrowserApp app) : BrowserTest(app)
{
    /// <summary>Below this, a 360 px chart with a wrapped legend is a strip nobody can read.</summary>
    private const int MinPlotHeight = 160;

    [Theory]
    [MemberData(nameof(PublicPages.InBothLanguages), MemberType = typeof(PublicPages))]
    public async Task PageFitsA360PixelScreenWithNoBadgeClippedAndAReadableChart(string culture, string path)
    {
        var page = await OpenAsync(await PublicPages.ResolveAsync(App, path, culture),
            new BrowserNewContextOptions { Locale = culture, ViewportSize = new() { Width = 360, Height = 780 } },
            $"Narrow.{culture}{PublicPages.Slug(path)}", path == PublicPages.NotFound ? 404 : 200);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} ({culture}) is {overflow}px wider than a 360px screen");

        // A badge is clipped when its own text overflows it, or when it spills out of the cell or block that holds it.
        var clipped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.badge')].filter(b => {
              const r = b.getBoundingClientRect(), p = b.parentElement.getBoundingClientRect();
              return b.scrollWidth > b.clientWidth + 1 || r.left < p.left - 1 || r.right > p.right + 1;
            }).map(b => b.textContent.trim())
            """);
        Assert.True(clipped.Length == 0, $"{path} ({culture}): badges clipped: {string.Join(", ", clipped)}");

        foreach (var figure in await page.Locator("figure[data-chart=line]").AllAsync())
        {
            await Assertions.Expect(figure).ToHaveAttributeAsync("data-chart-state", "drawn");
            var plot = await figure.Locator("canvas").EvaluateAsync<double>("c => Chart.getChart(c).chartArea.height");
            Assert.True(plot >= MinPlotHeight, $"{path} ({culture}): the chart's plot is {plot}px high");
        }
    }

    [Fact]
    public async Task APeopleTableWiderThanThePhoneScrollsInsideItsBoxWithTheNameColumnKept()
    {
        var page = await OpenAsync("/detainees?asOf=2026-01-13", new BrowserNewContextOptions { ViewportSize = new() { Width = 360, Height = 780 } });
        var box = page.Locator(".table-scroll").First;
        await box.ScrollIntoViewIfNeededAsync();

        var scrolled = await box.EvaluateAsync<double>("b => { b.scrollLeft = b.scrollWidth; return b.scrollLeft; }");
        var name = page.Locator("[data-testid=detainees] tbody th[scope=row]").First;
        var cell = await name.BoundingBoxAsync();
        Assert.True(scrolled > 0, "the table is wider than the phone and scrolls in its box");
        Assert.True(cell is { X: >= 0 } && cell.X + cell.Width <= 360, $"the name column stays on screen (x = {cell?.X})");
    }
}
