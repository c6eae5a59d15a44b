using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

[Collection(TrackerAppCollection.Name)]
public sealed class FacilityPagesTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("en", "Where people are held", "intelligence service", "prison")]
    [InlineData("es", "Dónde están detenidas las personas", "servicio de inteligencia", "prisión")]
    public async Task ListsFacilitiesWithKindAndNumberHeldToday(string culture, string heading, string helicoideKind, string rodeoKind)
    {
        var html = await app.CreateClient().GetStringAsync($"/facilities?culture={culture}");
        Assert.Contains($"<h1>{heading}</h1>", html);
        Assert.Matches($"El Helicoide</a></th>\\s*<td>{helicoideKind}</td>\\s*<td>Distrito Capital</td>\\s*<td>Caracas</td>", html);
        Assert.Matches($"El Rodeo I</a></th>\\s*<td>{rodeoKind}</td>", html);
        // On 31 January Rocío San Miguel is released (confirmed); the four Spaniards' releases are only reported.
        // Four is a small count: anonymous readers see "<5", as in every breakdown.
        Assert.Equal(["0", "&lt;5"], Regex.Matches(html, "data-testid=\"held-count\">([^<]+)<").Select(m => m.Groups[1].Value));
        Assert.Contains("<td class=\"num\">50–80</td>", html);
    }

    [Fact]
    public async Task StaffSeeSmallFacilityCountsExactly()
    {
        var html = await app.CreateStaffClient("Editor").GetStringAsync("/facilities");
        Assert.Equal(["0", "4"], Regex.Matches(html, "data-testid=\"held-count\">([^<]+)<").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task MapHasOneFocusableMarkerPerFacilityWithCoordinates()
    {
        await using (var db = app.CreateDbContext())
        {
            db.Facilities.Add(new Facility("Site Without Coordinates", FacilityKind.Police, "Zulia", "Maracaibo"));
            await db.SaveChangesAsync();
        }
        var html = await app.CreateClient().GetStringAsync("/facilities");
        var svg = Regex.Match(html, "<svg class=\"map\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(2, PageHtml.Count(svg, "data-testid=\"map-marker\""));
        Assert.Contains("data-lat=\"10.4906\" data-lon=\"-66.9047\"", svg);
        Assert.Matches("<a href=\"/facilities/[0-9a-f-]{36}\" class=\"marker\"", svg);
        Assert.Contains("<title id=\"map-title\">Map of detention facilities</title>", svg);
        Assert.DoesNotContain("Site Without Coordinates", svg);
        Assert.Contains("Site Without Coordinates</a></th>", html);
        Assert.DoesNotContain("tile", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FacilityPageAndApiListTheSamePeopleIncludingTheDisappeared()
    {
        // One read path: a person whose whereabouts became unknown after being held here is on both.
        var rodeo = await app.FacilityIdAsync("El Rodeo I");
        var missing = await app.AddAsync("Missing After Rodeo", new DateOnly(2026, 1, 3), rodeo);
        await using (var db = app.CreateDbContext())
        {
            var person = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == missing);
            var now = app.Clock.GetUtcNow();
            var gone = person.RecordEvent(EventKind.WhereaboutsUnknown, new EventDetails(new DateOnly(2026, 1, 9), Confidence.Verified, "entry", rodeo), now);
            person.ReviewEvent(gone.Id, "review", approve: true, now);
            await db.SaveChangesAsync();
        }
        var client = app.CreateClient();
        var api = await client.GetJsonAsync($"/api/v1/facilities/{rodeo}?asOf=2026-01-13");
        var html = await client.GetStringAsync($"/facilities/{rodeo}?asOf=2026-01-13");

        var apiNames = api.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Contains("Missing After Rodeo", apiNames);
        Assert.Equal(apiNames, Regex.Matches(html, "<th scope=\"row\"><a href=\"/detainees/[0-9a-f-]{36}\">([^<]+)</a></th>\\s*<td><span class=\"[^\"]*\" data-status=")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList());
        Assert.Contains("data-status=\"WhereaboutsUnknown\"", html);
    }

    [Fact]
    public async Task FacilityPageNamesThePeopleHeldAndTheirReleases()
    {
        var rodeo = await app.FacilityIdAsync("El Rodeo I");
        var html = await app.CreateClient().GetStringAsync($"/facilities/{rodeo}?asOf=2026-01-13");
        Assert.Contains("<h1>El Rodeo I</h1>", html);
        Assert.Matches("<strong data-testid=\"held-count\">&lt;5</strong> people held on <time datetime=\"2026-01-13\">13 January 2026</time>", html);
        Assert.DoesNotContain("not named", html);
        Assert.Equal(["Andrés Martínez Adasme", "Ernesto Gorbe", "José María Basoa", "Miguel Moreno"], PageHtml.DetaineeNames(html));
        var moves = Regex.Match(html, "<table class=\"data-table\" data-testid=\"movements\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(4, PageHtml.Count(moves, "released with conditions"));
        Assert.Equal(4, PageHtml.Count(moves, "data-confidence=\"Reported\""));
    }

    [Fact]
    public async Task FacilityPageListsAConfirmedReleaseFromThere()
    {
        var helicoide = await app.FacilityIdAsync("El Helicoide");
        var html = await app.CreateClient().GetStringAsync($"/facilities/{helicoide}?culture=es");
        Assert.Contains("Servicio Bolivariano de Inteligencia Nacional (SEBIN)", html);
        Assert.Matches("<strong data-testid=\"held-count\">0</strong> personas detenidas al", html);
        var moves = Regex.Match(html, "data-testid=\"movements\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("Rocío San Miguel</a>", moves);
        Assert.Contains("data-confidence=\"Confirmed\"", moves);
        Assert.Contains("<time datetime=\"2026-01-08\">", moves);
    }

    [Fact]
    public async Task InvalidDateIsExplainedAndTodayShown()
    {
        var helicoide = await app.FacilityIdAsync("El Helicoide");
        var html = await app.CreateClient().GetStringAsync($"/facilities/{helicoide}?asOf=13/01/2026");
        Assert.Contains("<p id=\"asOf-error\" class=\"field-error\">Enter a date as year-month-day", html);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"asOf-error\"", html);
        Assert.Contains("<time datetime=\"2026-01-31\">", html);
    }

    [Fact]
    public async Task UnknownFacilityIsNotFound()
    {
        var response = await app.CreateClient().GetAsync($"/facilities/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }
}
