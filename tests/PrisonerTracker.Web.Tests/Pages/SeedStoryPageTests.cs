using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>
/// The dashboard on the dates of the seed story, read as a journalist on deadline reads it: the
/// national figures first, each with who counted it and when; the register's named cases apart.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class SeedStoryPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private Task<string> DashboardAsync(string asOf, string extra = "") => app.CreateClient().GetStringAsync($"/?asOf={asOf}{extra}");

    [Fact]
    public async Task OnTheFifthForoPenalsCountOfPeopleHeldLeadsWithItsBreakdown()
    {
        var html = await DashboardAsync("2026-01-05");

        var held = PageFigures.Section(html, "independent-held", "</div>");
        Assert.Equal(806, PageFigures.Value(html, "independent-held"));
        Assert.Matches("still held, according to <a href=\"http://localhost/announcements/[0-9a-f-]{36}\">Foro Penal</a>, <time datetime=\"2026-01-05\">", held);
        Assert.Contains("Of whom — military: 175; women: 105; minors: 1.", held);
        Assert.Contains("No independent count of releases yet.", PageFigures.Section(html, "independent-releases", "</div>"));
        Assert.Contains("No official claim yet.", PageFigures.Section(html, "latest-claim", "</div>"));
    }

    [Fact]
    public async Task OnTheEighthTheClaimOfASignificantNumberHasNoNumberAndNoGapFigure()
    {
        var html = await DashboardAsync("2026-01-08");

        var claim = PageFigures.Section(html, "latest-claim", "</section>");
        Assert.Matches("<span class=\"number\"( data-value=\"\")?>no number given</span>", claim);
        Assert.Contains("Jorge Rodríguez (Asamblea Nacional de Venezuela)", claim);
        Assert.Contains("(&quot;a significant number&quot;)", claim);
        Assert.Null(PageFigures.Attribute(html, "claim-gap", "data-value"));
        Assert.Contains("No number was given, so there is nothing to compare.", claim);
    }

    [Fact]
    public async Task OnTheTenthTheFeedShowsTheConfirmedReleaseOfRocioSanMiguelAndOnlyCountedFacts()
    {
        var feed = PageFigures.Section(await DashboardAsync("2026-01-10"), "event-feed", "</section>");

        Assert.Matches("<tr data-testid=\"feed-item\" data-confidence=\"Confirmed\">\\s*<th scope=\"row\"><time datetime=\"2026-01-08\">[^<]+</time>\\s*</th>\\s*<td><a href=\"/detainees/[0-9a-f-]{36}\">Rocío San Miguel</a></td>\\s*<td>released with conditions", feed);
        Assert.DoesNotContain("data-confidence=\"Claimed\"", feed);
        Assert.DoesNotContain("data-confidence=\"Reported\"", feed);
        Assert.Contains("Show claimed and reported facts too", feed);
    }

    [Fact]
    public async Task TheFeedSwitchAddsClaimedAndReportedFacts()
    {
        var feed = PageFigures.Section(await DashboardAsync("2026-01-10", "&feed=all"), "event-feed", "</section>");

        Assert.Contains("data-feed=\"all\"", feed);
        Assert.Contains("data-confidence=\"Claimed\"", feed);
        Assert.Contains("data-confidence=\"Reported\"", feed);
        Assert.Contains("Show counted facts only", feed);
    }

    [Fact]
    public async Task OnTheTwelfthTheClaimOf116HasNoIndependentTallyToBeSetAgainst()
    {
        var html = await DashboardAsync("2026-01-12");

        Assert.Equal(116, PageFigures.Value(html, "latest-claim"));
        Assert.Contains("Venezuelan penitentiary authority", PageFigures.Section(html, "latest-claim", "</section>"));
        Assert.Null(PageFigures.Attribute(html, "claim-gap", "data-value"));
        Assert.Contains("No independent count of releases to compare it with on this date.", html);
    }

    [Fact]
    public async Task OnTheThirteenthMoreThan400IsSetAgainstTheNgos60To70AndTheRegisterCountsThirteenNamedPeople()
    {
        var html = await DashboardAsync("2026-01-13");

        var claim = PageFigures.Section(html, "latest-claim", "</section>");
        Assert.Contains("<span class=\"number\" data-value=\"400\">more than 400</span>", claim);
        Assert.Equal((330, 340), (PageFigures.Attribute(html, "claim-gap", "data-value"), PageFigures.Attribute(html, "claim-gap", "data-from-lowest")));
        Assert.Contains("more claimed than independent organisations counted (60–70)", claim);
        Assert.Equal((60, 70), (PageFigures.Attribute(html, "range-ends", "data-low"), PageFigures.Attribute(html, "range-ends", "data-high")));
        Assert.Contains("Venezuelan human-rights NGOs (joint estimate)", PageFigures.Section(html, "independent-releases", "</ul>"));
        Assert.Equal(902, PageFigures.Value(html, "independent-held"));
        Assert.Equal(13, PageFigures.Attribute(html, "register-row", "data-named"));
        Assert.Contains("<h2 id=\"register-heading\">Named cases in this register (n = 13)</h2>", html);
    }

    [Fact]
    public async Task OnTheTwentySecondTalliesRunFromTheUnsFiftyToThePlataformasOneHundredSeventy()
    {
        var html = await DashboardAsync("2026-01-22");

        var releases = PageFigures.Section(html, "independent-releases", "</ul>");
        Assert.Contains("<span class=\"number\">50–170</span>", releases);
        Assert.Equal((50, 170), (PageFigures.Attribute(html, "range-ends", "data-low"), PageFigures.Attribute(html, "range-ends", "data-high")));
        Assert.Matches("From <strong>50</strong> \\(UN Independent International Fact-Finding Mission on Venezuela, <time datetime=\"2026-01-22\">22 Jan 2026</time>\\) to <strong>170</strong> \\(Plataforma Unitaria Democrática, ", releases);
        Assert.Equal(4, PageHtml.Count(releases, "data-testid=\"range-tally\""));
        Assert.Contains("Caleidoscopio Humano</a>: about 170", releases);
        Assert.DoesNotContain("Caleidoscopio Humano (Caleidoscopio Humano)", html);
    }

    [Fact]
    public async Task EveryRegisterFigureSitsUnderTheNamedCasesHeading()
    {
        var html = await DashboardAsync("2026-01-13");

        var national = PageFigures.Section(html, "national-row", "</section>");
        var register = PageFigures.Section(html, "register-row", "</section>");
        foreach (var card in new[] { "held", "released-verified", "released-unverified", "new-arrests" })
        {
            Assert.DoesNotContain($"data-testid=\"{card}\"", national);
            Assert.Contains($"data-testid=\"{card}\"", register);
        }
        Assert.Contains("named people", PageFigures.Section(register, "held", "</div>"));
    }

    [Theory]
    [InlineData("2026-01-13", "400", "1", "60", "70")]
    [InlineData("2026-01-22", "200", "1", "50", "170")]
    public async Task TheChartsLastRowHoldsTheClaimInForceTheRegistersReleasesAndTheTallyRange(string asOf, string claim, string verified, string low, string high)
    {
        var chart = PageFigures.Section(await DashboardAsync(asOf), "claims-timeline", "</figure>");
        var lastRow = chart[chart.LastIndexOf("<th scope=\"row\">", StringComparison.Ordinal)..];

        Assert.Contains($"<time datetime=\"{asOf}\">", lastRow);
        var values = System.Text.RegularExpressions.Regex.Matches(lastRow, "data-value=\"(?<v>\\d*)\"").Select(m => m.Groups["v"].Value);
        Assert.Equal([claim, verified, low, high], values);
    }
}
