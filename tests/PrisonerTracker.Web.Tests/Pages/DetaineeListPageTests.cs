using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

[Collection(TrackerAppCollection.Name)]
public sealed class DetaineeListPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("en", "People detained for political reasons", "Search")]
    [InlineData("es", "Personas detenidas por motivos políticos", "Buscar")]
    public async Task ListsDemoPeopleInBothLanguages(string culture, string heading, string button)
    {
        var html = await app.CreateClient().GetStringAsync($"/detainees?culture={culture}");
        Assert.Contains($"<h1>{heading}</h1>", html);
        Assert.Contains($">{button}</button>", html);
        Assert.Equal(13, PageHtml.DetaineeNames(html).Count);
        Assert.Contains("Rocío San Miguel", PageHtml.DetaineeNames(html));
    }

    [Theory]
    [InlineData("rocio san miguel")]
    [InlineData("rocío sanmiguel")]
    [InlineData("ROCIO SAN MIGEL")]
    public async Task SearchFindsRocioSanMiguelWhateverTheAccentsAndSpacing(string q)
    {
        var html = await app.CreateClient().GetStringAsync($"/detainees?q={Uri.EscapeDataString(q)}");
        Assert.Equal(["Rocío San Miguel"], PageHtml.DetaineeNames(html));
        Assert.Contains($"value=\"{q}\"", html);
        Assert.Contains("1 person matches, status as of <time datetime=\"2026-01-31\">31 January 2026</time>.", html);
    }

    [Fact]
    public async Task ShowsStatusAsTextWithReleaseReportedUnverified()
    {
        var html = await app.CreateClient().GetStringAsync("/detainees?q=enrique+marquez&asOf=2026-01-13");
        Assert.Contains(">held</span>", html);
        Assert.Contains(">release reported, unverified</span>", html);
        var rocio = await app.CreateClient().GetStringAsync("/detainees?q=rocio+san+miguel&asOf=2026-01-13");
        Assert.Contains(">released with conditions</span>", rocio);
        Assert.DoesNotContain("release reported, unverified", rocio);
    }

    [Theory]
    [InlineData("status=released&asOf=2026-01-13", 1)]
    [InlineData("status=held&asOf=2026-01-13", 11)]
    [InlineData("nationality=es", 5)]
    [InlineData("q=marquez", 2)]
    public async Task CsvDownloadHasExactlyTheRowsOfThePage(string filter, int expected)
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync($"/detainees?{filter}");
        var names = PageHtml.DetaineeNames(html);
        Assert.Equal(expected, names.Count);

        var csvUrl = PageHtml.Href(html, "data-testid=\"csv-link\"");
        Assert.NotNull(csvUrl);
        var response = await client.GetAsync(csvUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(names.Order(), (await PageHtml.CsvColumnAsync(response, "name")).Order());
    }

    [Fact]
    public async Task FacilityFilterListsOnlyPeopleHeldThere()
    {
        var rodeo = await app.FacilityIdAsync("El Rodeo I");
        var html = await app.CreateClient().GetStringAsync($"/detainees?facilityId={rodeo}&asOf=2026-01-06");
        Assert.Equal(["Andrés Martínez Adasme", "Ernesto Gorbe", "José María Basoa", "Miguel Moreno"], PageHtml.DetaineeNames(html).Order());
        Assert.Contains($"<option value=\"{rodeo}\" selected=\"selected\">El Rodeo I</option>", html);
    }

    [Theory]
    [InlineData("asOf=2026-13-45", "asOf", "Enter a date as year-month-day")]
    [InlineData("nationality=Spain", "nationality", "Enter a two-letter country code")]
    [InlineData("status=freed", "status", "Choose one of the listed values")]
    [InlineData("facilityId=helicoide", "facilityId", "Choose a facility from the list")]
    [InlineData("q=a+b+c+d+e+f+g+h+i+j+k", "q", "Search for a name: at most 200 characters and 10 words")]
    public async Task InvalidFilterIsExplainedNextToItsField(string filter, string field, string message)
    {
        var response = await app.CreateClient().GetAsync($"/detainees?{filter}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"id=\"{field}\"[^>]*aria-invalid=\"true\" aria-describedby=\"[^\"]*{field}-error\"", html);
        Assert.Matches($"<p id=\"{field}-error\" class=\"field-error\">{message}", html);
        Assert.Empty(PageHtml.DetaineeNames(html));
        Assert.Null(PageHtml.Href(html, "data-testid=\"csv-link\""));
    }

    [Fact]
    public async Task InvalidDateIsExplainedInSpanish()
    {
        var html = await app.CreateClient().GetStringAsync("/detainees?asOf=ayer&culture=es");
        Assert.Contains("Escriba la fecha como año-mes-día", html);
    }

    [Fact]
    public async Task PagesForwardAndBackWithTheServiceCursor()
    {
        var client = app.CreateClient();
        var first = await client.GetStringAsync("/detainees?limit=5");
        var firstNames = PageHtml.DetaineeNames(first);
        Assert.Equal(5, firstNames.Count);
        Assert.Null(PageHtml.Href(first, "rel=\"prev\""));

        var second = await client.GetStringAsync(PageHtml.Href(first, "rel=\"next\""));
        var third = await client.GetStringAsync(PageHtml.Href(second, "rel=\"next\""));
        Assert.Equal(3, PageHtml.DetaineeNames(third).Count);
        Assert.Null(PageHtml.Href(third, "rel=\"next\""));
        var all = firstNames.Concat(PageHtml.DetaineeNames(second)).Concat(PageHtml.DetaineeNames(third)).ToList();
        Assert.Equal(13, all.Distinct().Count());

        var backToSecond = await client.GetStringAsync(PageHtml.Href(third, "rel=\"prev\""));
        Assert.Equal(PageHtml.DetaineeNames(second), PageHtml.DetaineeNames(backToSecond));
        var backToFirst = await client.GetStringAsync(PageHtml.Href(backToSecond, "rel=\"prev\""));
        Assert.Equal(firstNames, PageHtml.DetaineeNames(backToFirst));
        Assert.Null(PageHtml.Href(backToFirst, "rel=\"prev\""));
    }

    [Fact]
    public async Task FormFieldsAllHaveLabels()
    {
        var html = await app.CreateClient().GetStringAsync("/detainees");
        foreach (var id in new[] { "q", "status", "asOf", "facilityId", "nationality", "gender", "military" })
            Assert.Contains($"<label for=\"{id}\">", html);
        Assert.Contains("<caption>", html);
        Assert.Contains("<th scope=\"col\">", html);
    }
}
