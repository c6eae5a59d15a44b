using System.Net;
using System.Text.RegularExpressions;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

[Collection(TrackerAppCollection.Name)]
public sealed class DetaineePageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ShowsRocioSanMiguelsStatusTimelineAndSources()
    {
        var id = await app.DetaineeIdAsync("Rocío San Miguel");
        var html = await app.CreateClient().GetStringAsync($"/detainees/{id}");

        Assert.Contains("<h1>Rocío San Miguel</h1>", html);
        Assert.Contains(">released with conditions</span>", html);
        Assert.Contains("Precautionary measures and a ban on speaking publicly", html);
        Assert.Equal(2, PageHtml.Count(html, "data-testid=\"event\""));
        Assert.Contains("data-confidence=\"Verified\"", html);
        Assert.Contains("data-confidence=\"Confirmed\"", html);
        // The sources say "February 2024": the month, never a made-up day.
        Assert.Matches(@"<time datetime=""2024-02"">February 2024</time> — arrested", html);
        Assert.DoesNotContain("2024-02-01", html);
        Assert.Matches(@"<time datetime=""2026-01-08"">8 January 2026</time> — released with conditions", html);
        Assert.Contains("<cite>seeds/002_27ceb510760b8103.txt</cite>", html);
        Assert.Contains("Treason, conspiracy and terrorism", html);
        Assert.Contains("<dd>Venezuela, Spain</dd>", html);
    }

    [Fact]
    public async Task ListsTheAnnouncementsThatNamedThePersonWithLinks()
    {
        var id = await app.DetaineeIdAsync("Rocío San Miguel");
        var html = await app.CreateClient().GetStringAsync($"/detainees/{id}");
        var named = Regex.Match(html, "<ul data-testid=\"named-in\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(2, Regex.Matches(named, "<a href=\"/announcements/[0-9a-f-]{36}\">").Count);
        Assert.Contains("Spanish foreign ministry", named);
    }

    [Fact]
    public async Task MarksApproximateDatesAndLaterUnverifiedReports()
    {
        var id = await app.DetaineeIdAsync("Enrique Márquez");
        var html = await app.CreateClient().GetStringAsync($"/detainees/{id}");
        Assert.Contains("<abbr class=\"approx\" title=\"approximate date\">≈</abbr>", html);
        Assert.Contains(">release reported, unverified</span>", html);
        Assert.Contains("data-confidence=\"Reported\"", html);
    }

    [Theory]
    [InlineData("en", "Cite this record", "accessed 31 January 2026.", "PrisonerTracker, \"Rocío San Miguel\", record")]
    [InlineData("es", "Citar este registro", "consultado el 31 de enero de 2026.", "PrisonerTracker, «Rocío San Miguel», registro")]
    public async Task OffersACitationWithPermanentAddressAndAccessDate(string culture, string heading, string accessed, string start)
    {
        var id = await app.DetaineeIdAsync("Rocío San Miguel");
        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/detainees/{id}?culture={culture}"));
        // The permanent address carries the instant the page was computed at (knownAt): it shows the record as cited.
        var url = $"http://localhost/detainees/{id}?knownAt=2026-01-31T12:00:00Z";
        Assert.Contains($">{heading}</h2>", html);
        Assert.Contains($"<a href=\"{url}\" data-testid=\"permalink\">{url}</a>", html);
        Assert.Contains($"{start} {id}, {url}, {accessed}</textarea>", html);
        Assert.Contains("<button type=\"button\" class=\"copy-button\" data-copy=\"citation-text\" hidden>", html);
    }

    [Fact]
    public async Task UnknownAndWithheldPeopleGetTheSameFriendlyNotFoundPage()
    {
        var withheld = await app.AddAsync("SENTINEL-WITHHELD-PAGE", withheld: true);
        var client = app.CreateClient();
        var unknown = await client.GetAsync($"/detainees/{Guid.NewGuid()}");
        var hidden = await client.GetAsync($"/detainees/{withheld}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var unknownHtml = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", unknownHtml);
        Assert.Equal(unknownHtml, await hidden.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MalformedIdIsNotFound()
    {
        var response = await app.CreateClient().GetAsync("/detainees/not-an-id");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RendersInSpanish()
    {
        var id = await app.DetaineeIdAsync("Rocío San Miguel");
        var html = await app.CreateClient().GetStringAsync($"/detainees/{id}?culture=es");
        Assert.Contains(">Cronología</h2>", html);
        Assert.Contains(">excarcelado con medidas cautelares</span>", html);
        Assert.Contains("<time datetime=\"2026-01-08\">8 de enero de 2026</time>", html);
        Assert.Contains("<dd>Venezuela, España</dd>", html);
    }
}
