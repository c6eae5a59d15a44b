using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Pages;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Privacy;

/// <summary>The channels found by trying to find withheld people from outside, each closed (docs/privacy.md).</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class DisclosureRuleTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SummaryCountsEqualThePublicListsOnEveryDate()
    {
        await WithheldWorld.PlantAsync(app, versionB: false, app.Clock);
        var client = app.CreateClient();
        for (var date = new DateOnly(2025, 12, 1); date <= new DateOnly(2026, 1, 31); date = date.AddDays(2))
        {
            var summary = (await client.GetJsonAsync($"/api/v1/stats/summary?asOf={date:yyyy-MM-dd}")).GetProperty("register");
            async Task<int> Listed(string status) =>
                (await client.GetJsonAsync($"/api/v1/detainees?asOf={date:yyyy-MM-dd}&status={status}&limit=1&includeTotal=true")).GetProperty("total").GetInt32();
            Assert.True(summary.GetProperty("held").GetInt32() == await Listed("held"), $"held on {date}");
            Assert.True(summary.GetProperty("whereaboutsUnknown").GetInt32() == await Listed("whereabouts-unknown"), $"disappeared on {date}");
            Assert.True(summary.GetProperty("releasedVerified").GetInt32() == await Listed("released"), $"released on {date}");
        }
    }

    [Fact]
    public async Task HiddenEditLeavesEveryAnonymousTagAndTheLastChangeAlone()
    {
        await WithheldWorld.PlantAsync(app, versionB: false, app.Clock);
        var facility = await app.FacilityIdAsync("El Helicoide");
        string[] urls = ["/api/v1/stats/summary", "/api/v1/stats/summary?asOf=2026-01-13", "/api/v1/detainees", "/api/v1/events",
            "/api/v1/stats/timeseries?from=2025-12-01&to=2026-01-31", $"/api/v1/facilities/{facility}", "/api/v1/deletions?since=2000-01-01T00:00:00Z"];
        var client = app.CreateClient();
        var tags = new Dictionary<string, string>();
        foreach (var url in urls) tags[url] = (await client.GetAsync(url)).Headers.ETag!.ToString();
        var changedBefore = PageFigures.Section(await client.GetStringAsync("/"), "last-updated", "</p>");

        // Two hours later, staff correct a withheld person's health note and occupation through the API.
        app.Clock.Now = app.Clock.Now.AddHours(2);
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin);
        var withheld = (await admin.GetJsonAsync("/api/v1/detainees?q=QQSENT-name-1a")).GetProperty("items")[0];
        var url1 = $"/api/v1/detainees/{withheld.GetProperty("id").GetGuid()}";
        var etag = (await admin.GetAsync(url1)).Headers.ETag!.ToString();
        var edited = await admin.PatchMergeAsync(url1, new { occupation = "QQSENT-occupation-edited", restricted = new { healthNotes = "QQSENT-health-edited" } }, etag);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        foreach (var url in urls)
        {
            var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.TryAddWithoutValidation("If-None-Match", tags[url]);
            Assert.True((await client.SendAsync(again)).StatusCode == HttpStatusCode.NotModified, $"{url} changed its tag after a hidden edit");
        }
        Assert.Equal(changedBefore, PageFigures.Section(await client.GetStringAsync("/"), "last-updated", "</p>"));
    }

    [Fact]
    public async Task AnonymousRecordTagsCarryNoRowVersion()
    {
        var facility = await app.FacilityIdAsync("El Helicoide");
        var tag = (await app.CreateClient().GetAsync($"/api/v1/facilities/{facility}")).Headers.ETag!;
        Assert.DoesNotContain(facility.ToString(), tag.Tag.ToString());
        Assert.DoesNotContain(".", tag.Tag.ToString());
    }
}
