using System.Net;
using System.Text.RegularExpressions;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>
/// The dashboard's window: from the first release announcement or 30 days before the date, whichever
/// is earlier; daily up to 92 days, weekly beyond; the cards and the chart count over the same days.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class ChartWindowPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("2026-01-13", "2025-12-14", "day", 31)]   // 30 days back reach further than the 8 January announcement
    [InlineData("2026-01-05", "2025-12-06", "day", 31)]   // before any announcement
    [InlineData("2026-04-09", "2026-01-08", "day", 92)]   // 92 days from the first announcement: still daily
    [InlineData("2026-04-10", "2026-01-08", "week", 14)]  // one more day: weekly
    public async Task WindowStartsAtTheFirstAnnouncementOrThirtyDaysBeforeWhicheverIsEarlier(string asOf, string from, string interval, int rows)
    {
        app.Clock.Now = new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
        var html = await app.CreateClient().GetStringAsync($"/?asOf={asOf}");

        Assert.Matches($"data-testid=\"window\" data-from=\"{from}\" data-to=\"{asOf}\"", html);
        var chart = PageFigures.Section(html, "claims-timeline", "</figure>");
        Assert.Contains($"data-from=\"{from}\" data-to=\"{asOf}\" data-interval=\"{interval}\"", chart);
        Assert.Equal(rows, PageHtml.Count(chart, "<th scope=\"row\">"));
    }

    [Fact]
    public async Task CardsCountOverTheChartsWindowAndThePageSaysWhichDays()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=2026-01-13");

        Assert.Contains("The counts “since” a date and the chart below cover the same window: <time datetime=\"2025-12-14\">14 December 2025</time> to <time datetime=\"2026-01-13\">13 January 2026</time>.", html);
        Assert.Contains("Daily points, <time datetime=\"2025-12-14\">", html);
        var verified = PageFigures.Section(html, "released-verified", "</div>");
        Assert.Contains("<time datetime=\"2025-12-14\">", verified);
        // The last row's cells: official claim, then the register's verified releases.
        var chart = PageFigures.Section(html, "claims-timeline", "</figure>");
        var lastRow = chart[chart.LastIndexOf("<th scope=\"row\">", StringComparison.Ordinal)..];
        Assert.Equal(PageFigures.Value(html, "released-verified"), int.Parse(DataValue().Matches(lastRow)[1].Groups["value"].Value));
    }

    [Fact]
    public async Task AChosenStartMovesTheCardsAndTheChartTogether()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=2026-01-13&since=2026-01-09");

        Assert.Contains("data-testid=\"window\" data-from=\"2026-01-09\"", html);
        Assert.Equal(0, PageFigures.Value(html, "released-verified"));
        Assert.Equal(5, PageHtml.Count(PageFigures.Section(html, "claims-timeline", "</figure>"), "<th scope=\"row\">"));
    }

    [Fact]
    public async Task ChartTableMarksTheSeriesForTheStepLineTheTallyRangeAndTheRegistersAxis()
    {
        var chart = PageFigures.Section(await app.CreateClient().GetStringAsync("/?asOf=2026-01-22"), "claims-timeline", "</figure>");

        Assert.Contains("data-series=\"official\" data-stepped", chart);
        Assert.Contains("data-series=\"verified\" data-axis=\"register\"", chart);
        Assert.Contains("data-series=\"tally-low\" data-points data-range=\"low\" data-range-label=\"Independent tallies, range\"", chart);
        Assert.Contains("data-series=\"tally-high\" data-points data-range=\"high\"", chart);
        Assert.Contains("data-register-title=\"Named cases in this register\"", chart);
    }

    [Fact]
    public async Task EmbedOffersAnIframeWithItsWindowLanguageAndALinkBack()
    {
        var response = await app.CreateClient().GetAsync("/embed/timeseries?from=2026-01-05&to=2026-01-22&culture=es");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();

        var snippet = WebUtility.HtmlDecode(Regex.Match(html, "<textarea id=\"embed-snippet\"[^>]*>(?<code>[^<]*)</textarea>").Groups["code"].Value);
        Assert.StartsWith("<iframe src=\"http://localhost/embed/timeseries?from=2026-01-05&to=2026-01-22&interval=day&culture=es\"", snippet);
        Assert.Contains("title=\"Excarcelaciones de presos políticos: declaradas y verificadas\"", snippet);
        Assert.EndsWith("></iframe>", snippet);
        Assert.Contains("<summary>Insertar este gráfico</summary>", html);
        Assert.Contains("href=\"http://localhost/?asOf=2026-01-22\"", PageFigures.Section(html, "source", "</p>"));
    }

    [GeneratedRegex("data-value=\"(?<value>\\d*)\"")]
    private static partial Regex DataValue();
}
