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
    [InlineData("en", "at least 400", "60–70")]
    [InlineData("es", "al menos 400", "entre 60 y 70")]
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
        Assert.Contains("data-testid=\"claim-lead\">Claim: released — no number given.</p>", html);
        Assert.Contains("people with a verified release dated <time datetime=\"2026-01-08\">8 January 2026</time>", html);
    }

    [Fact]
    public async Task SaysWhenNoTimeWindowWasGiven()
    {
        var id = await IdAsync("Jorge Rodríguez", new DateOnly(2026, 1, 13));
        var html = await app.CreateClient().GetStringAsync($"/announcements/{id}?culture=es");
        Assert.Matches("data-testid=\"window\">\\s*no se indicó ningún período", html);
        Assert.Contains("data-testid=\"claimed-number\">al menos 400<", html);
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
    public async Task SetsTheClaimBesideWhatWasVerifiedAndTheNgoTalliesInForce()
    {
        var id = await IdAsync("Jorge Rodríguez", new DateOnly(2026, 1, 13));
        var html = await app.CreateClient().GetStringAsync($"/announcements/{id}");
        var gap = Regex.Match(html, "<section aria-labelledby=\"gap-heading\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Matches("data-testid=\"gap-claimed\">\\s*<span class=\"number\">at least 400</span>", gap);
        // Only Rocío San Miguel's release (8 January) is verified between the first official announcement and the claim.
        Assert.Matches("data-testid=\"gap-verified\">\\s*<span class=\"number\">1</span>", gap);
        Assert.Matches("data-testid=\"gap-difference\">\\s*<span class=\"number\">399</span>", gap);
        Assert.Contains("data-testid=\"not-comparable\"", gap);
        var tallies = Regex.Match(gap, "data-testid=\"tallies\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("Venezuelan human-rights NGOs (joint estimate)</a>", tallies);
        Assert.Contains("<td class=\"num\">60–70</td>", tallies);
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
