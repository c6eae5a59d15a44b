using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

[Collection(TrackerAppCollection.Name)]
public sealed class AnnouncementPagesTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("en", "more than 400", "60–70")]
    [InlineData("es", "más de 400", "entre 60 y 70")]
    public async Task ListsEveryAnnouncementWithTheNumberAsWorded(string culture, string over400, string range)
    {
        var html = await app.CreateClient().GetStringAsync($"/announcements?culture={culture}");
        Assert.Equal(14, PageHtml.Count(html, "data-testid=\"announcement\""));
        Assert.Contains($"<td class=\"num\">{over400}</td>", html);
        Assert.Contains($"<td class=\"num\">{range}</td>", html);
    }

    [Fact]
    public async Task FiltersByClaimAndOrganisationKind()
    {
        var html = await app.CreateClient().GetStringAsync("/announcements?claim=released&organisationKind=government");
        Assert.Equal(5, PageHtml.Count(html, "data-testid=\"announcement\""));
        Assert.DoesNotContain("Foro Penal", html.Split("<table")[1]);
        Assert.Contains("<option value=\"government\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task InvalidFilterIsExplainedNextToTheField()
    {
        var html = await app.CreateClient().GetStringAsync("/announcements?organisationKind=church");
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"organisationKind-error\"", html);
        Assert.Contains("<p id=\"organisationKind-error\" class=\"field-error\">Choose one of the listed values.</p>", html);
        Assert.DoesNotContain("data-testid=\"announcement\"", html);
    }

    [Fact]
    public async Task ShowsTheQuoteInItsLanguageWithTranslationAndWindow()
    {
        var id = await IdAsync("Jorge Rodríguez", new DateOnly(2026, 1, 8));
        var html = await app.CreateClient().GetStringAsync($"/announcements/{id}");
        Assert.Contains("<blockquote class=\"quote\" lang=\"es\" data-testid=\"quote\">El gobierno bolivariano ha decidido", html);
        Assert.Contains("<q lang=\"en\" data-testid=\"translation\">The Bolivarian government has decided", html);
        Assert.Contains("President of the National Assembly", html);
        Assert.Matches("data-testid=\"window\">\\s*from <time datetime=\"2026-01-08\">8 January 2026</time>, no end given", html);
        Assert.Contains("data-testid=\"claimed-number\">no number given<", html);
        Assert.Contains("<h1>Announcement by Jorge Rodríguez, 8 January 2026</h1>", html);
        Assert.Contains("data-testid=\"claim-lead\">Official claim: released — no number given.</p>", html);
        Assert.Contains("people with a verified release dated <time datetime=\"2026-01-08\">8 January 2026</time>", html);
    }

    [Fact]
    public async Task SaysWhenNoTimeWindowWasGiven()
    {
        var id = await IdAsync("Jorge Rodríguez", new DateOnly(2026, 1, 13));
        var html = await app.CreateClient().GetStringAsync($"/announcements/{id}?culture=es");
        Assert.Matches("data-testid=\"window\">\\s*no se indicó ningún período", html);
        Assert.Contains("data-testid=\"claimed-number\">más de 400<", html);
    }

    [Fact]
    public async Task ListsTheNamedPeopleAndWhichAreVerifiedReleased()
    {
        var id = await IdAsync("Guacamaya (report of the government's list)", new DateOnly(2026, 1, 8));
        var html = await app.CreateClient().GetStringAsync($"/announcements/{id}");
        Assert.Equal(8, PageHtml.DetaineeNames(html).Count);
        Assert.Contains("data-testid=\"named-released\">1 of the 8 people named are verified released.", html);
        Assert.Contains(">released with conditions</span>", html);
        Assert.Contains(">release reported, unverified</span>", html);
    }

    [Fact]
    public async Task SetsTheClaimBesideTheIndependentTalliesInForceAndTheRegisterApart()
    {
        var id = await IdAsync("Jorge Rodríguez", new DateOnly(2026, 1, 13));
        var html = await app.CreateClient().GetStringAsync($"/announcements/{id}");
        var gap = Regex.Match(html, "<section aria-labelledby=\"gap-heading\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Matches("data-testid=\"gap-claimed\">\\s*<span class=\"number\">more than 400</span>", gap);
        Assert.Matches("data-testid=\"gap-tallies\">\\s*<span class=\"number\">60–70</span>", gap);
        Assert.Equal((60, 70), (PageFigures.Attribute(gap, "range-ends", "data-low"), PageFigures.Attribute(gap, "range-ends", "data-high")));
        Assert.Matches("data-testid=\"gap-difference\" data-value=\"330\" data-from-lowest=\"340\">\\s*<span class=\"number\">330 to 340</span>", gap);
        // Only Rocío San Miguel's release (8 January) is verified here between the first official announcement and the claim.
        Assert.Matches("data-testid=\"gap-register\">\\s*<span class=\"number\" data-value=\"1\">1</span>\\s*<strong>named cases recorded here:</strong>", gap);
        Assert.Contains("data-testid=\"not-comparable\"", gap);
        var tallies = Regex.Match(gap, "data-testid=\"tallies\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("Venezuelan human-rights NGOs (joint estimate)</a>", tallies);
        Assert.Contains("<td class=\"num\">60–70</td>", tallies);
        Assert.Contains("data-testid=\"tally-window\"><time datetime=\"2026-01-08\">8 January 2026</time> to <time datetime=\"2026-01-13\">13 January 2026</time></td>", tallies);
    }

    [Theory]
    [InlineData("en", "Plataforma Unitaria Democrática", "independent tally")]
    [InlineData("es", "Plataforma Unitaria Democrática", "recuento independiente")]
    public async Task TallyPageComparesWithTheClaimsAroundItAndHasNoGap(string culture, string speaker, string role)
    {
        var id = await IdAsync(speaker, new DateOnly(2026, 1, 22));
        var html = await app.CreateClient().GetStringAsync($"/announcements/{id}?culture={culture}");
        Assert.DoesNotContain("data-testid=\"claim-gap\"", html);
        Assert.Contains($"data-testid=\"role\">{role}</dd>", html);
        var comparison = PageFigures.Section(html, "tally-comparison", "</section>");
        Assert.Matches("data-testid=\"comparison-claim\">\\s*<span class=\"number\">(more than|más de) 200</span>", comparison);
        Assert.Equal((50, 170), (PageFigures.Attribute(comparison, "range-ends", "data-low"), PageFigures.Attribute(comparison, "range-ends", "data-high")));
        Assert.Contains("data-testid=\"gap-register\"", comparison);
    }

    [Fact]
    public async Task HeldTallyShowsItsBreakdown()
    {
        var id = await IdAsync("Foro Penal", new DateOnly(2026, 1, 5));
        var html = await app.CreateClient().GetStringAsync($"/announcements/{id}");
        Assert.Contains("data-testid=\"breakdown\">military: 175; women: 105; minors: 1</dd>", html);
        Assert.Contains("data-testid=\"claim-lead\">Independent tally of people held: 806.</p>", html);
    }

    [Fact]
    public async Task UnknownAnnouncementIsNotFound()
    {
        var response = await app.CreateClient().GetAsync($"/announcements/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> IdAsync(string speaker, DateOnly date)
    {
        await using var db = app.CreateDbContext();
        return await db.Announcements.Where(a => a.Speaker == speaker && a.Date == date).Select(a => a.Id).SingleAsync();
    }
}
