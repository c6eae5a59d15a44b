using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

[Collection(TrackerAppCollection.Name)]
public sealed class ResourceTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EventsFilterByKindConfidenceAndDate()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/events?kind=released-conditional&confidence=verified&includeTotal=true");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal("Rocío San Miguel", page.GetProperty("items")[0].GetProperty("detaineeName").GetString());
        var reported = await app.CreateClient().GetJsonAsync("/api/v1/events?kind=ReleasedConditional&confidence=reported&from=2026-01-09&includeTotal=true");
        Assert.Equal(1, reported.GetProperty("total").GetInt32()); // Rafael Tudares, reported on 22 January
    }

    [Fact]
    public async Task EventsOfOneDetaineeAreInDateOrder()
    {
        var id = await app.DetaineeIdAsync("Rafael Tudares");
        var page = await app.CreateClient().GetJsonAsync($"/api/v1/events?detaineeId={id}");
        Assert.Equal(["2026-01-05", "2026-01-08", "2026-01-22"],
            page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task AnonymousAskingForPendingEventsIsForbidden()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/events?reviewState=pending");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateStaffClient().GetAsync("/api/v1/events?reviewState=pending")).StatusCode);
    }

    [Fact]
    public async Task FacilitiesListFiltersByKind()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/facilities?kind=prison");
        Assert.Equal(["El Rodeo I"], page.Names());
        Assert.Equal(2, (await app.CreateClient().GetJsonAsync("/api/v1/facilities?open=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task FacilityCountsHeldAndReleasedOnDate()
    {
        var helicoide = await app.FacilityIdAsync("El Helicoide");
        var before = await app.CreateStaffClient().GetJsonAsync($"/api/v1/facilities/{helicoide}?asOf=2026-01-07");
        Assert.Equal(1, before.GetProperty("counts").GetProperty("held").GetProperty("count").GetInt32());
        var after = await app.CreateStaffClient().GetJsonAsync($"/api/v1/facilities/{helicoide}?asOf=2026-01-13");
        Assert.Equal(0, after.GetProperty("counts").GetProperty("held").GetProperty("count").GetInt32());
        Assert.Equal(1, after.GetProperty("counts").GetProperty("released").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task FacilityCountsCoverNamedPeopleOnlyAndSmallCountsAreHiddenFromThePublic()
    {
        var rodeo = await app.FacilityIdAsync("El Rodeo I");
        await app.AddAsync("Withheld At Rodeo", facilityId: rodeo, withheld: true);
        var anonymous = await app.CreateClient().GetJsonAsync($"/api/v1/facilities/{rodeo}?asOf=2026-01-13");
        Assert.Equal(4, anonymous.GetProperty("namedCount").GetInt32());
        Assert.Equal(4, anonymous.GetProperty("people").GetArrayLength());
        Assert.All(anonymous.GetProperty("people").EnumerateArray(), p => Assert.Equal("held", p.GetProperty("status").GetString()));
        // The withheld person is not placed here, even as a count: held is the named list's four ("<5" to the public).
        Assert.Equal("<5", anonymous.GetProperty("counts").GetProperty("held").GetProperty("display").GetString());
        var staff = await app.CreateStaffClient().GetJsonAsync($"/api/v1/facilities/{rodeo}?asOf=2026-01-13");
        Assert.Equal(5, staff.GetProperty("namedCount").GetInt32());
        Assert.Equal(4, staff.GetProperty("counts").GetProperty("held").GetProperty("count").GetInt32());

        var helicoide = await app.FacilityIdAsync("El Helicoide");
        var small = await app.CreateClient().GetJsonAsync($"/api/v1/facilities/{helicoide}?asOf=2026-01-07");
        Assert.Equal("<5", small.GetProperty("counts").GetProperty("held").GetProperty("display").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, small.GetProperty("counts").GetProperty("held").GetProperty("count").ValueKind);
    }

    [Fact]
    public async Task OrganisationsFilterByKind()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/organisations?kind=ngo");
        // The Plataforma Unitaria is an opposition coalition, not an NGO.
        Assert.Equal(["Caleidoscopio Humano", "Foro Penal", "Venezuelan human-rights NGOs (joint estimate)"], page.Names());
    }

    [Fact]
    public async Task AnnouncementsFilterByOrganisationKindClaimAndDates()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/announcements?organisationKind=government&claim=released&from=2026-01-13&to=2026-01-13");
        var numbers = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("number").GetProperty("text").GetString()).Order();
        Assert.Equal(["more than 400", "unspecified"], numbers);
    }

    [Fact]
    public async Task AnnouncementShowsNumberQuoteAndNamedPeopleWithStatus()
    {
        var list = await app.CreateClient().GetJsonAsync("/api/v1/announcements?organisationKind=foreign-government");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();
        var detail = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{id}");
        var announcement = detail.GetProperty("announcement");
        Assert.Equal("exact", announcement.GetProperty("number").GetProperty("qualifier").GetString());
        Assert.Equal(5, announcement.GetProperty("number").GetProperty("low").GetInt32());
        Assert.Equal("en", announcement.GetProperty("quoteLanguage").GetString());
        var named = detail.GetProperty("namedDetainees").EnumerateArray().ToList();
        Assert.Equal(5, named.Count);
        Assert.Equal("released-conditional", named.Single(n => n.GetProperty("name").GetString() == "Rocío San Miguel").GetProperty("status").GetString());
        Assert.Equal(4, named.Count(n => n.GetProperty("status").GetString() == "held"));
    }

    [Theory]
    [InlineData("/api/v1/events")]
    [InlineData("/api/v1/facilities")]
    [InlineData("/api/v1/organisations")]
    [InlineData("/api/v1/announcements")]
    public async Task EveryCollectionPagesWithCursorAndRefusesBadLimits(string path)
    {
        var client = app.CreateClient();
        // The large collections count only when asked; the small ones always do.
        var all = await client.GetJsonAsync($"{path}?limit=500" + (path == "/api/v1/events" ? "&includeTotal=true" : ""));
        var total = all.GetProperty("total").GetInt32();
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"{path}?limit=1" + (cursor is null ? "" : $"&cursor={cursor}"));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        Assert.Equal(total, ids.Distinct().Count());
        Assert.Equal(total, ids.Count);
        Assert.Contains("limit", (await client.GetJsonAsync($"{path}?limit=501", HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Contains("bogus", (await client.GetJsonAsync($"{path}?bogus=1", HttpStatusCode.BadRequest)).ErrorFields());
        var csv = await client.GetStringAsync($"{path}?format=csv");
        using var reader = new CsvHelper.CsvReader(new StringReader(csv.TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().Select(r => (string)r["id"]).ToList();
        Assert.Equal(ids.Order(), rows.Order());
    }
}
