using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

[Collection(TrackerAppCollection.Name)]
public sealed class DetaineeListTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReleasedOnThirteenthJanuaryIsOnlyRocioSanMiguel()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/detainees?status=released&asOf=2026-01-13&includeTotal=true");
        Assert.Equal(["Rocío San Miguel"], page.Names());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal("released-conditional", item.GetProperty("status").GetString());
        Assert.Equal("2026-01-08", item.GetProperty("statusSince").GetString());
    }

    [Fact]
    public async Task HeldOnThirteenthJanuaryCountsElevenWithUnverifiedReleases()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/detainees?status=held&asOf=2026-01-13&limit=500&includeTotal=true");
        Assert.Equal(11, page.GetProperty("total").GetInt32());
        var unverified = page.GetProperty("items").EnumerateArray()
            .Count(i => i.GetProperty("reportedUnverified").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal(11, unverified);
    }

    [Fact]
    public async Task NameSearchIgnoresAccentsAndSpaces()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/detainees?q=rocio%20sanmiguel");
        Assert.Equal(["Rocío San Miguel"], page.Names());
    }

    [Fact]
    public async Task NationalityReturnsTheFiveSpanishNationals()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/detainees?nationality=es");
        Assert.Equal(["Andrés Martínez Adasme", "Ernesto Gorbe", "José María Basoa", "Miguel Moreno", "Rocío San Miguel"], page.Names().Order());
    }

    [Fact]
    public async Task FacilityFilterReturnsThoseHeldThereOnTheDate()
    {
        var rodeo = await app.FacilityIdAsync("El Rodeo I");
        var page = await app.CreateClient().GetJsonAsync($"/api/v1/detainees?facilityId={rodeo}&asOf=2026-01-13");
        Assert.Equal(["Andrés Martínez Adasme", "Ernesto Gorbe", "José María Basoa", "Miguel Moreno"], page.Names().Order());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("El Rodeo I", i.GetProperty("currentFacility").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task LowerThresholdCountsReportedReleases()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/detainees?status=released&asOf=2026-01-13&minConfidence=reported&includeTotal=true");
        Assert.Equal(7, page.GetProperty("total").GetInt32());
        var byDate = await app.CreateClient().GetJsonAsync("/api/v1/detainees?releasedFrom=2026-01-08&releasedTo=2026-01-08&minConfidence=reported&includeTotal=true");
        Assert.Equal(7, byDate.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ArrestDatesFilterUsesApprovedEventsAtThreshold()
    {
        var verified = await app.CreateClient().GetJsonAsync("/api/v1/detainees?arrestedFrom=2026-01-10");
        Assert.Empty(verified.Names());
        var reported = await app.CreateClient().GetJsonAsync("/api/v1/detainees?arrestedFrom=2026-01-10&minConfidence=reported");
        Assert.Equal(["Alfredo Márquez"], reported.Names());
    }

    [Fact]
    public async Task OccupationMatchesWithoutAccentsOrCase()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/detainees?occupation=HUMAN-RIGHTS");
        Assert.Equal(["Javier Tarazona", "Rocío San Miguel"], page.Names());
    }

    [Fact]
    public async Task SortByNameDescendingReversesTheOrder()
    {
        var client = app.CreateClient();
        var ascending = (await client.GetJsonAsync("/api/v1/detainees?sort=name")).Names();
        var descending = (await client.GetJsonAsync("/api/v1/detainees?sort=-name")).Names();
        Assert.Equal(13, ascending.Count);
        Assert.Equal(ascending.Reverse(), descending);
    }

    [Fact]
    public async Task ItemsCarryPermalinkAndApiLink()
    {
        var item = (await app.CreateClient().GetJsonAsync("/api/v1/detainees?q=tarazona")).GetProperty("items")[0];
        var id = item.GetProperty("id").GetString();
        Assert.Equal($"http://localhost/detainees/{id}", item.GetProperty("url").GetString());
        Assert.Equal($"http://localhost/api/v1/detainees/{id}", item.GetProperty("apiUrl").GetString());
        Assert.False(item.TryGetProperty("restricted", out _));
        Assert.False(item.TryGetProperty("withheld", out _));
    }
}
