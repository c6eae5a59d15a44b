using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>The shell every public page shares: landmarks, skip link, navigation, styles for print.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class LayoutTests(TrackerApp app)
{
    [Fact]
    public async Task PageHasOneOfEachLandmarkAndASkipLinkToMain()
    {
        var html = await app.CreateClient().GetStringAsync("/methodology");
        Assert.Single(Occurrences(html, "<header"));
        Assert.Single(Occurrences(html, "<main id=\"main\" tabindex=\"-1\">"));
        Assert.Single(Occurrences(html, "<footer"));
        Assert.Contains("<nav class=\"site-nav\" aria-label=\"Main\">", html);
        Assert.True(html.IndexOf("class=\"skip-link\" href=\"#main\"") < html.IndexOf("<header"), "skip link must come first");
    }

    [Theory]
    [InlineData("/", "Dashboard")]
    [InlineData("/detainees", "Detainees")]
    [InlineData("/facilities", "Facilities")]
    [InlineData("/announcements", "Announcements")]
    [InlineData("/methodology", "Methodology")]
    [InlineData("/swagger", "API")]
    public async Task NavigationLinksEverySection(string href, string label)
    {
        var html = await app.CreateClient().GetStringAsync("/methodology");
        Assert.Matches($"<li><a href=\"{href}\"( aria-current=\"page\")?>{label}</a></li>", html);
    }

    [Fact]
    public async Task CurrentSectionIsMarkedForAssistiveTechnology()
    {
        var html = await app.CreateClient().GetStringAsync("/methodology");
        Assert.Contains("<a href=\"/methodology\" aria-current=\"page\">Methodology</a>", html);
        Assert.Contains("<a href=\"/\">Dashboard</a>", html);
    }

    [Fact]
    public async Task PrintStylesheetHidesNavigationAndShowsLinkAddresses()
    {
        var client = app.CreateClient();
        Assert.Matches("<link rel=\"stylesheet\" href=\"/css/print.css\\?v=[^\"]+\" media=\"print\" />", await client.GetStringAsync("/"));
        var css = await client.GetStringAsync("/css/print.css");
        Assert.Contains(".site-nav, .lang-switch { display: none !important; }", css);
        Assert.Contains("attr(href)", css);
    }

    [Fact]
    public async Task ChartLibraryIsServedLocally()
    {
        var response = await app.CreateClient().GetAsync("/lib/chart.js/chart.umd.min.js");
        response.EnsureSuccessStatusCode();
        Assert.Contains("Chart", await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            yield return i;
    }
}
