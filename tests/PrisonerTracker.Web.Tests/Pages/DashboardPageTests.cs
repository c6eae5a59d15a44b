using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>The home page: headline numbers, chart tables, breakdowns, the feed and the date form, in both languages.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class DashboardPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ShowsDemoHeadlineNumbersInEnglish()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=2026-01-13");
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<time datetime=\"2026-01-13\">13 January 2026</time>", html);
        Assert.Equal(902, PageFigures.Value(html, "independent-held"));
        Assert.Equal(400, PageFigures.Value(html, "latest-claim"));
        Assert.Equal(330, PageFigures.Attribute(html, "claim-gap", "data-value"));
        var register = PageFigures.Section(html, "register-row", "</section>");
        Assert.Contains("Named cases in this register (n = 13)", register);
        Assert.Equal(11, PageFigures.Value(register, "held"));
        Assert.Equal(1, PageFigures.Value(register, "released-verified"));
        Assert.Equal(11, PageFigures.Value(register, "released-unverified"));
        Assert.Contains("named people still held", register);
        Assert.Contains("more than 400", html);
        Assert.Contains("claimed released by <a href=\"http://localhost/announcements/", html);
    }

    [Fact]
    public async Task ShowsSpanishLabelsAndFormatsInSpanish()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=2026-01-13&culture=es");
        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("siguen detenidos, según", html);
        Assert.Contains("Casos con nombre en este registro (n = 13)", html);
        Assert.Contains("personas con nombre siguen detenidas", html);
        Assert.Contains("Excarcelaciones declaradas y verificadas en el tiempo", html);
        Assert.Contains("Quiénes siguen detenidos", html);
        Assert.Contains("<time datetime=\"2026-01-13\">13 de enero de 2026</time>", html);
        Assert.Contains("más de 400", html);
        Assert.Contains("entre 60 y 70", html);
        Assert.DoesNotContain("still held", html);
        Assert.Equal(11, PageFigures.Value(html, "held"));
    }

    [Fact]
    public async Task ChartIsDrawnFromATableWithOneRowPerDayAndLabelledAnnouncements()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=2026-01-13");
        var chart = PageFigures.Section(html, "claims-timeline", "</figure>");
        Assert.Contains("data-chart=\"line\" data-testid=\"claims-timeline\"", html);
        Assert.Equal(31, chart.Split("<th scope=\"row\">").Length - 1); // 14 December to 13 January: 30 days back reach further than the first announcement
        Assert.Contains("data-marker=\"Venezuelan penitentiary authority: 116\"", chart);
        Assert.Contains("<td class=\"num\" data-value=\"400\"", chart);
    }

    [Fact]
    public async Task SmallBreakdownCellsShowLessThanFiveWithoutAValue()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=2026-01-13");
        var nationality = PageFigures.Section(html, "breakdown-nationality", "</figure>");
        Assert.Matches("<tr data-key=\"ES\">\\s*<th scope=\"row\">Spain</th>\\s*<td class=\"num small-cell\">&lt;5</td>", nationality);
        Assert.DoesNotContain("data-value=\"1\"", nationality);
        Assert.DoesNotContain("data-value=\"2\"", nationality);
    }

    [Fact]
    public async Task StaffSeeExactCountsInSmallCells()
    {
        var html = await app.CreateStaffClient("Editor").GetStringAsync("/?asOf=2026-01-13");
        var nationality = PageFigures.Section(html, "breakdown-nationality", "</figure>");
        Assert.Matches("<tr data-key=\"ES\">\\s*<th scope=\"row\">Spain</th>\\s*<td class=\"num\" data-value=\"[1-4]\">", nationality);
        Assert.DoesNotContain("&lt;5", nationality);
    }

    [Theory]
    [InlineData("2026-13-45")]
    [InlineData("13/01/2026")]
    [InlineData("2027-01-01")]
    [InlineData("0001-01-01")]
    public async Task UnusableDateIsReportedNextToItsFieldAndTodayIsShown(string asOf)
    {
        var response = await app.CreateClient().GetAsync($"/?asOf={Uri.EscapeDataString(asOf)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var field = PageFigures.Section(html, "asOf-error", "</div>");
        Assert.Matches("aria-describedby=\"asOf-error asOf-hint\" aria-invalid=\"true\"", html);
        Assert.Contains("Showing today’s numbers.", field);
        Assert.Contains("<time datetime=\"2026-01-31\">31 January 2026</time>", html);
        var today = await app.CreateClient().GetStringAsync("/?asOf=2026-01-31");
        Assert.Equal(PageFigures.Value(today, "held"), PageFigures.Value(html, "held"));
    }

    [Fact]
    public async Task SpanishErrorMessageIsInSpanish()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=ayer&culture=es");
        Assert.Contains("Escriba una fecha como AAAA-MM-DD", PageFigures.Section(html, "asOf-error", "</div>"));
    }

    [Fact]
    public async Task StartAfterTheDateIsReportedAndTheDefaultStartUsed()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=2026-01-13&since=2026-01-20");
        Assert.Contains("The start cannot be after the date shown.", PageFigures.Section(html, "since-error", "</div>"));
        Assert.Contains("named people with a release verified here since <time datetime=\"2025-12-14\">", html);
    }

    [Theory]
    [InlineData("0001-01-01", "The start cannot be before 1900.")]
    [InlineData("1950-01-01", null)]
    public async Task StartDecadesBackIsChartedMonthlyAndACenturyTooFarIsRefused(string since, string? error)
    {
        var response = await app.CreateClient().GetAsync($"/?asOf=2026-01-13&since={since}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        if (error is not null) Assert.Contains(error, PageFigures.Section(html, "since-error", "</div>"));
        // 1950 to 2026 by month is about 900 rows, not 4,000 weeks or 28,000 days.
        var rows = PageFigures.Section(html, "claims-timeline", "</figure>").Split("<th scope=\"row\">").Length - 1;
        Assert.InRange(rows, 1, 1000);
    }

    [Fact]
    public async Task LastUpdatedIsTheLatestChangeInTheData()
    {
        var html = await app.CreateClient().GetStringAsync("/");
        Assert.Contains("Data last changed on <time datetime=\"2026-01-31\">31 January 2026</time> at <time datetime=\"2026-01-31T12:00:00Z\">12:00 UTC</time>.", html);
    }
}
