using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>The chart newsrooms put in an iframe: no site chrome, the table, and links back to the data.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class EmbedPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RendersTheChartTableWithLinksBackToTheDashboardAndTheCsv()
    {
        var html = await app.CreateClient().GetStringAsync("/embed/timeseries?from=2026-01-05&to=2026-01-22");
        Assert.Contains("<h1>Claimed and verified releases of political prisoners</h1>", html);
        Assert.Contains("Data as of <time datetime=\"2026-01-22\">22 January 2026</time>", html);
        Assert.Equal(18, PageFigures.Section(html, "claims-timeline", "</figure>").Split("<th scope=\"row\">").Length - 1);
        Assert.Contains("href=\"http://localhost/?asOf=2026-01-22\"", html);
        Assert.Contains("href=\"http://localhost/api/v1/stats/timeseries?from=2026-01-05&amp;to=2026-01-22&amp;interval=day&amp;format=csv\"", html);
        Assert.DoesNotContain("<header", html);
        Assert.DoesNotContain("<nav", html);
        Assert.Contains("/lib/chart.js/chart.umd.min.js", html);
    }

    [Fact]
    public async Task LinkedCsvServesTheSameSeries()
    {
        var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/stats/timeseries?from=2026-01-05&to=2026-01-22&interval=day&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WeeklyIntervalGivesOneRowPerWeek()
    {
        var html = await app.CreateClient().GetStringAsync("/embed/timeseries?from=2026-01-01&to=2026-01-28&interval=week");
        Assert.Equal(4, PageFigures.Section(html, "claims-timeline", "</figure>").Split("<th scope=\"row\">").Length - 1);
    }

    [Theory]
    [InlineData("to=0001-01-01")]
    [InlineData("from=0001-01-01")]
    public async Task DateBefore1900IsIgnoredWithoutAnError(string query)
    {
        var response = await app.CreateClient().GetAsync($"/embed/timeseries?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("claims-timeline", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnusableParametersAreNamedAndDefaultsUsed()
    {
        var response = await app.CreateClient().GetAsync("/embed/timeseries?from=yesterday&interval=hourly&culture=es");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("No se entendió, se usa el valor por defecto: interval, from.", html);
        Assert.Contains("Datos al <time datetime=\"2026-01-31\">31 de enero de 2026</time>", html);
    }
}
