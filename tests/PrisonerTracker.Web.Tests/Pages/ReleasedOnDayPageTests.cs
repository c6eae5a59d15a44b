using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>"Who was freed on day X": the people list filters by release and arrest dates, as the API does.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ReleasedOnDayPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReleasedOnTheEighthListsOnlyTheCountedReleaseAndItsCsvCarriesTheFilter()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/detainees?releasedFrom=2026-01-08&releasedTo=2026-01-08");

        Assert.Equal(["Rocío San Miguel"], PageHtml.DetaineeNames(html));
        Assert.Contains("id=\"releasedFrom\" name=\"releasedFrom\" type=\"date\" value=\"2026-01-08\"", html);
        var csvUrl = PageHtml.Href(html, "data-testid=\"csv-link\"");
        Assert.Equal("/api/v1/detainees?releasedFrom=2026-01-08&releasedTo=2026-01-08&format=csv", csvUrl);
        Assert.Equal(["Rocío San Miguel"], await PageHtml.CsvColumnAsync(await client.GetAsync(csvUrl), "name"));
    }

    [Fact]
    public async Task AResultMatchesTheApiForTheSameDays()
    {
        var client = app.CreateClient();
        var page = PageHtml.DetaineeNames(await client.GetStringAsync("/detainees?releasedFrom=2026-01-09&releasedTo=2026-01-31"));
        var api = (await client.GetJsonAsync("/api/v1/detainees?releasedFrom=2026-01-09&releasedTo=2026-01-31")).Names();

        Assert.Equal(api, page);
        Assert.Empty(page);
    }

    [Fact]
    public async Task ArrestedBetweenFiltersByCountedArrests()
    {
        var html = await app.CreateClient().GetStringAsync("/detainees?arrestedFrom=2024-02-01&arrestedTo=2024-02-29");

        Assert.Equal(["Rocío San Miguel"], PageHtml.DetaineeNames(html));
    }

    [Theory]
    [InlineData("releasedFrom=8-1-2026", "releasedFrom-error", "Enter a date as year-month-day")]
    [InlineData("releasedFrom=2026-01-13&releasedTo=2026-01-08", "releasedTo-error", "This date is before the first one.")]
    public async Task AnUnusableDateIsExplainedBesideItsField(string query, string errorId, string message)
    {
        var html = await app.CreateClient().GetStringAsync($"/detainees?{query}");

        Assert.Contains($"<p id=\"{errorId}\" class=\"field-error\">{message}", html);
        Assert.Empty(PageHtml.DetaineeNames(html));
    }

    [Fact]
    public async Task TheDateFieldsAreInSpanishForSpanishReaders()
    {
        var html = await app.CreateClient().GetStringAsync("/detainees?culture=es");

        Assert.Contains("<legend>Excarcelados entre</legend>", html);
        Assert.Contains("<legend>Detenidos entre</legend>", html);
    }
}
